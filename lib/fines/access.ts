import { signBody, verifyBody } from '@/lib/payments/signature';

// Who may open a fine's page, photo and decision: the person whose linked vehicle or licence it
// names, or someone who has just proved the documents in a check (plate with СТС, licence with its
// issue date, or the УИН itself). The check's answer carries, for each fine it found, a token that
// opens that fine alone for a while: HMAC over the fine and the expiry, so it cannot be made for
// another fine or stretched, and nothing about the check has to be kept on the server.

/** How long a check's links stay good: long enough to read, download and come back. */
export const FINE_ACCESS_TTL_MS = 2 * 60 * 60 * 1000;

const TOKEN = /^([0-9]{10,13})\.([0-9a-f]{64})$/;

const payload = (fineId: string, expiresSec: number) => `fine-access:${fineId}:${expiresSec}`;

/** A token opening `fineId` until now + TTL, as `<expiry seconds>.<hex HMAC>`. */
export function fineAccessToken(fineId: string, now: Date, secret: string): string {
  const expiresSec = Math.floor((now.getTime() + FINE_ACCESS_TTL_MS) / 1000);
  return `${expiresSec}.${signBody(payload(fineId, expiresSec), secret)}`;
}

/** Whether `token` opens `fineId` at `now`; anything malformed is simply false. */
export function fineAccessValid(
  fineId: string,
  token: string | null | undefined,
  now: Date,
  secret: string,
): boolean {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match) return false;
  const expiresSec = Number(match[1]);
  if (expiresSec * 1000 <= now.getTime()) return false;
  return verifyBody(payload(fineId, expiresSec), match[2], secret);
}
