import { createHash } from 'node:crypto';

/**
 * An anonymous visitor's id for one day: neither the address nor the browser can be read back from it,
 * and once the day's salt is deleted it cannot be recomputed or matched with another day's.
 */
export function visitorHash(salt: string, clientAddress: string, userAgent: string): string {
  // Separators keep ("1.2.3.4", "5 UA") and ("1.2.3.45", " UA") apart.
  return createHash('sha256').update(`${salt}\n${clientAddress}\n${userAgent}`).digest('base64url');
}
