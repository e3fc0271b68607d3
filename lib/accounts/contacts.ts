import { NBSP } from '@/lib/i18n/formats';

/** A Russian mobile number in any usual spelling → `+79XXXXXXXXX`, or null if it is not one. */
export function normalizeMobilePhone(input: string): string | null {
  const compact = input.replace(/[\s()\-.]/g, '');
  let digits: string;
  if (/^\+7\d{10}$/.test(compact)) digits = compact.slice(2);
  else if (/^8\d{10}$/.test(compact)) digits = compact.slice(1);
  else if (/^7\d{10}$/.test(compact)) digits = compact.slice(1);
  else if (/^9\d{9}$/.test(compact)) digits = compact;
  else return null;
  return digits.startsWith('9') ? `+7${digits}` : null;
}

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** A sign-in login is an email if it has an @, otherwise a phone number. */
export function parseLogin(input: string): { kind: 'email' | 'phone'; value: string } | null {
  const trimmed = input.trim();
  if (trimmed.includes('@')) return { kind: 'email', value: normalizeEmail(trimmed) };
  const phone = normalizeMobilePhone(trimmed);
  return phone ? { kind: 'phone', value: phone } : null;
}

/**
 * `+79161234567` → `+7 916 123-45-67`, on one line: the spaces are no-break (normalizeMobilePhone reads
 * them back), and a line does not break at a hyphen before a digit.
 */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? ['+7', m[1], `${m[2]}-${m[3]}-${m[4]}`].join(NBSP) : e164;
}
