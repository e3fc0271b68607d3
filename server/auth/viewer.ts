import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { findViewer } from '@/db/queries/accounts';
import { env } from '@/server/env';
import { usesSecureCookies } from './auth';
import { sessionOf } from './session';
import type { Viewer } from '@/lib/auth/roles';

/**
 * The signed-in person for this request, or null. Read fresh from the database once per request,
 * so a changed role or an ended session ("sign out everywhere", a new password) applies at once.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const cookie = (await headers()).get('cookie');
  if (!cookie) return null;
  const session = await sessionOf(cookie, {
    secret: env().AUTH_SECRET,
    secureCookie: usesSecureCookies(),
  });
  if (!session) return null;
  return findViewer(session.userId, session.tokenVersion);
});

/** For pages: the viewer, or a redirect to sign-in that comes back here. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}
