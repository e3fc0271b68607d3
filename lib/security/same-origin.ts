// Whether a form post comes from a page of this site, by the Origin header every browser sends with
// a POST. Next.js makes the same check before a server action runs, but answers a mismatch with a
// 500; the proxy answers it with a 403 first (decision 019).

/** `host[:port]` patterns of other sites allowed to post (SERVER_ACTIONS_ALLOWED_ORIGINS); `*.x.ru` too. */
export function allowedOriginsOf(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

const matches = (host: string, pattern: string) =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;

/**
 * True when the post names another site as its origin. No Origin header (a server-to-server call, an
 * old client) is not cross-origin here: Next's own check and the action's checks still apply.
 * `host` is the request's own host: `X-Forwarded-Host` (set only by a trusted proxy, scripts/serve.mjs)
 * or `Host`.
 */
export function isCrossOrigin(
  origin: string | null,
  host: string | null,
  allowed: readonly string[],
): boolean {
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true; // `null` (a sandboxed frame, a redirect from elsewhere) or garbage
  }
  const own = host?.split(',')[0]?.trim().toLowerCase();
  if (own && originHost === own) return false;
  return !allowed.some((pattern) => matches(originHost, pattern));
}
