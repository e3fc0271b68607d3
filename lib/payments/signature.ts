import { createHmac, timingSafeEqual } from 'node:crypto';

// Provider callbacks are signed with HMAC-SHA256 over the raw body, as it arrived: re-serialised
// JSON would not match byte for byte.

const SIGNATURE_HEX = /^[0-9a-f]{64}$/i;

/** The signature of a callback body: HMAC-SHA256 with the shared secret, lowercase hex. */
export function signBody(body: string, secret: string): string {
  // An empty key would make every signature forgeable.
  if (secret === '') throw new Error('signBody: the secret is empty');
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/**
 * Whether a callback body carries a valid signature. Missing, malformed or wrong-length signatures
 * are false, never an exception (a forged callback must not become a 500). Hex is case-insensitive:
 * uppercase digits encode the same bytes.
 */
export function verifyBody(
  body: string,
  signature: string | null | undefined,
  secret: string,
): boolean {
  if (typeof signature !== 'string' || !SIGNATURE_HEX.test(signature)) return false;
  if (typeof body !== 'string' || typeof secret !== 'string' || secret === '') return false;
  const expected = createHmac('sha256', secret).update(body, 'utf8').digest();
  // Constant-time, so the time to refuse does not reveal how many leading bytes were right.
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
