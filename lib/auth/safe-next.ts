// Where to send a person after signing in. `next` comes from the address bar, so anyone can craft it:
// only a path on this site is accepted, anything else falls back to the default.

export const DEFAULT_AFTER_SIGN_IN = '/cabinet';

const ORIGIN = 'http://moygorod.invalid';

/** Pages that would send a signed-in person straight back again. */
const loopPaths = ['/login', '/register'];

export function safeNextPath(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers read '\' as '/' and drop tabs and newlines, so '/\evil.example' would become '//evil.example'.
  if (/[\\\s\p{Cc}]/u.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  if (loopPaths.includes(url.pathname) || url.pathname.startsWith('/api/')) return fallback;
  return value;
}
