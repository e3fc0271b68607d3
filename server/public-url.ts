import 'server-only';
import { env } from '@/server/env';

/**
 * An absolute address of a page of the portal, for mail: from PUBLIC_URL, never from the request
 * (a forged Host header would otherwise make a reset link point at someone else's site).
 */
export function publicUrl(path: `/${string}`): string {
  const base = env().PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return `${base.replace(/\/+$/, '')}${path}`;
}
