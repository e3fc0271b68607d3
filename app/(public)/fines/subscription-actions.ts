'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { subscribeToFines, unsubscribeFromFines } from '@/db/queries/fine-notices';
import { getViewer } from '@/server/auth/viewer';

// Subscribing to notices of new fines from the /fines page. The forms carry nothing: the viewer is all.

const FINES = '/fines';

async function viewerOrSignIn() {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(FINES)}`);
  return viewer;
}

export async function subscribeAction(_formData: FormData): Promise<void> {
  await subscribeToFines(await viewerOrSignIn(), new Date());
  revalidatePath(FINES);
}

export async function unsubscribeAction(_formData: FormData): Promise<void> {
  await unsubscribeFromFines(await viewerOrSignIn());
  revalidatePath(FINES);
}
