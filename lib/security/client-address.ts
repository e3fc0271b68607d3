/**
 * The client's address. The portal's server (scripts/serve.mjs) sets `X-Forwarded-For` to the one
 * address it decided from the connection and the trusted proxies (decision 024), replacing whatever
 * the client sent. (Plain `next start` keeps the client's own header: never serve the portal with it.)
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
