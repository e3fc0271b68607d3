import 'server-only';
import { decode, getToken } from 'next-auth/jwt';

export type Session = { userId: string; tokenVersion: number; expiresAt: number };

// Decrypting the session cookie (a key derivation and an AES-CBC/HMAC decryption) was the largest
// single cost of a reading submission. A token decrypts to the same claims every time, so each
// process keeps the claims of the tokens it has seen until they expire; whether the session still
// holds (its token version, the person's role) is read from the database on every request all the
// same (getViewer). See docs/decisions/012-session-claims-cache.md.
const SESSIONS_KEPT = 10_000;
const sessions = new Map<string, Session>();

/**
 * The session's claims from a request's Cookie header, as Auth.js reads its own cookie (its name, its
 * chunks), or null without a valid, unexpired one. Only the cookie counts, never a bearer token.
 */
export async function sessionOf(
  cookie: string,
  {
    secret,
    secureCookie,
    now = Date.now(),
  }: { secret: string; secureCookie: boolean; now?: number },
): Promise<Session | null> {
  const req = { headers: { cookie } };
  const token = await getToken({ req, secret, secureCookie, raw: true });
  if (!token) return null;
  const known = sessions.get(token);
  if (known) {
    if (known.expiresAt > now) return known;
    sessions.delete(token);
    return null;
  }
  const salt = `${secureCookie ? '__Secure-' : ''}authjs.session-token`;
  const claims = await decode({ token, secret, salt }).catch(() => null);
  if (!claims?.sub || typeof claims.tv !== 'number' || typeof claims.exp !== 'number') return null;
  const session = { userId: claims.sub, tokenVersion: claims.tv, expiresAt: claims.exp * 1000 };
  if (session.expiresAt <= now) return null;
  if (sessions.size >= SESSIONS_KEPT) sessions.delete(sessions.keys().next().value!);
  sessions.set(token, session);
  return session;
}
