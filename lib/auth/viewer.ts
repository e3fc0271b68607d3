import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { findViewer } from '@/db/queries/accounts';
import { auth } from './auth';
import type { Viewer } from './roles';

/**
 * The signed-in person for this request, or null. Read fresh from the database once per request,
 * so a changed role or an ended session ("sign out everywhere", a new password) applies at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as { user?: { id?: string }; tokenVersion?: number } | null;
  const id = session?.user?.id;
  if (!id || typeof session?.tokenVersion !== 'number') return null;
  return findViewer(id, session.tokenVersion);
});

/** For pages: the viewer, or a redirect to sign-in that comes back here. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}
