'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { markAllRead, markRead } from '@/db/queries/notifications';
import { getViewer } from '@/server/auth/viewer';

const INBOX = '/cabinet/notifications';

async function viewerOrSignIn() {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(INBOX)}`);
  return viewer;
}

/** Back to the page of the inbox the person was on (a number from the form, nothing else). */
function inboxPage(formData: FormData): string {
  const page = Number(formData.get('page'));
  return Number.isInteger(page) && page > 1 && page < 100_000 ? `${INBOX}?page=${page}` : INBOX;
}

export async function markReadAction(formData: FormData): Promise<void> {
  const viewer = await viewerOrSignIn();
  await markRead(viewer, String(formData.get('id') ?? '').slice(0, 64));
  revalidatePath('/cabinet');
  redirect(inboxPage(formData));
}

/** "Open": marks it read and follows its link; the destination comes from the stored notification, never from the form. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const viewer = await viewerOrSignIn();
  const read = await markRead(viewer, String(formData.get('id') ?? '').slice(0, 64));
  revalidatePath('/cabinet');
  redirect(read?.href ?? inboxPage(formData));
}

export async function markAllReadAction(formData: FormData): Promise<void> {
  const viewer = await viewerOrSignIn();
  await markAllRead(viewer);
  revalidatePath('/cabinet');
  const back = inboxPage(formData);
  redirect(`${back}${back.includes('?') ? '&' : '?'}done=all`);
}
