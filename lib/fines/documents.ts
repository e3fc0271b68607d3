import { dayParts } from '@/lib/city';
import { moscowDate } from '@/lib/city';
import { NBSP } from '@/lib/i18n/formats';
import {
  IDENTIFIER_MAX_LENGTH,
  PLATE_LETTERS,
  SPACES,
  toCyrillic,
  type Parsed,
} from '@/lib/registry/identifiers';

// The documents a fine check is made by, as people type them, in the spelling the registry stores.
// The СТС is parsed by parseSts (lib/registry/identifiers); these are the plate, the driving licence
// and its issue date. Like the registry's parsers, none of them throws.

// ---- Registration plate ----

export type PlateError = 'plateRequired' | 'plateInvalid' | 'plateLettersInvalid';

/**
 * A private car's plate: a letter, a number 001–999, two letters, the region (2 digits, or 3 not
 * starting with 0). "а 123 вс 77", "A123BC777 RUS" → `А123ВС77`, `А123ВС777`.
 */
export function parsePlate(input: string): Parsed<PlateError> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'plateInvalid' };
  // "RUS" is printed under the region on the plate itself, so people copy it.
  const value = toCyrillic(input.replace(SPACES, '').toUpperCase().replace(/RUS$/, ''));
  if (!value) return { ok: false, error: 'plateRequired' };
  const shape = /^(\p{L})([0-9]{3})(\p{L}{2})((?!00)[0-9]{2}|[1-9][0-9]{2})$/u.exec(value);
  if (!shape || shape[2] === '000') return { ok: false, error: 'plateInvalid' };
  const letters = `${shape[1]}${shape[3]}`;
  if (![...letters].every((c) => PLATE_LETTERS.includes(c)))
    return { ok: false, error: 'plateLettersInvalid' };
  return { ok: true, value };
}

/** A stored plate as printed, on one line: `А123ВС77` → `А 123 ВС 77` (no-break spaces). */
export function formatPlate(plate: string): string {
  const shape = /^(\p{L})([0-9]{3})(\p{L}{2})([0-9]{2,3})$/u.exec(plate);
  return shape ? shape.slice(1).join(NBSP) : plate;
}

// ---- Driving licence ----

export type LicenceError = 'licenceRequired' | 'licenceInvalid' | 'licenceLettersInvalid';

/**
 * Series and number: 2 digits, then 2 digits (plastic licences since 2011) or 2 plate letters
 * (older ones), then 6 digits: stored as `7701123456` or `77АВ123456`, as the СТС is.
 */
export function parseLicence(input: string): Parsed<LicenceError> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'licenceInvalid' };
  const value = toCyrillic(input.replace(SPACES, '').replace(/^№/, '').toUpperCase());
  if (!value) return { ok: false, error: 'licenceRequired' };
  if (new RegExp(`^[0-9]{2}(?:[0-9]{2}|[${PLATE_LETTERS}]{2})[0-9]{6}$`, 'u').test(value))
    return { ok: true, value };
  if (/^[0-9]{2}\p{L}{2}[0-9]{6}$/u.test(value))
    return { ok: false, error: 'licenceLettersInvalid' };
  return { ok: false, error: 'licenceInvalid' };
}

/** A stored licence number as printed on the licence, on one line: `77 19 123456`, `77 АВ 123456`. */
export function formatLicence(number: string): string {
  return /^[0-9]{2}[0-9\p{L}]{2}[0-9]{6}$/u.test(number)
    ? [number.slice(0, 2), number.slice(2, 4), number.slice(4)].join(NBSP)
    : number;
}

// ---- The licence's issue date ----

export type IssueDateError =
  'issueDateRequired' | 'issueDateInvalid' | 'issueDateInFuture' | 'issueDateTooEarly';

/** No licence still in the registry was issued before this day. */
export const EARLIEST_ISSUE_DATE = '1950-01-01';

/**
 * The issue date from a date field (`2014-03-27`) or typed as printed (`27.03.2014`): a real calendar
 * day, not after the city's today at `now`, not before 1950. Stored as `YYYY-MM-DD`.
 */
export function parseIssueDate(input: string, now: Date): Parsed<IssueDateError> {
  const text = input.trim();
  if (!text) return { ok: false, error: 'issueDateRequired' };
  if (text.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'issueDateInvalid' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const printed = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const value = iso
    ? text
    : printed
      ? `${printed[3]}-${printed[2]!.padStart(2, '0')}-${printed[1]!.padStart(2, '0')}`
      : null;
  if (value === null || !isCalendarDay(value)) return { ok: false, error: 'issueDateInvalid' };
  if (value > moscowDate(now)) return { ok: false, error: 'issueDateInFuture' };
  if (value < EARLIEST_ISSUE_DATE) return { ok: false, error: 'issueDateTooEarly' };
  return { ok: true, value };
}

function isCalendarDay(day: string): boolean {
  try {
    dayParts(day);
    return true;
  } catch {
    return false;
  }
}
