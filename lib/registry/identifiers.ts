// How residents type the identifiers printed on their documents, and the one spelling the registries store.
// Each parser answers the normalised value or a reason it cannot be one; none of them throws.

/** Longer than any spelling of any identifier here, spaces included: refused before any pattern runs. */
export const IDENTIFIER_MAX_LENGTH = 40;

export type Parsed<E extends string> = { ok: true; value: string } | { ok: false; error: E };

/** Spaces as people type or paste them (no-break and narrow no-break too). */
export const SPACES = /[\s\u00a0\u202f]+/gu;
const DASHES = /[\u2010-\u2015\u2212]/gu;

/** Latin letters that look like the Cyrillic ones used on Russian plates and documents. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  Y: 'У',
  X: 'Х',
};

/** Cyrillic letters that look like Roman numerals (І is the Ukrainian/Belarusian I). */
const CYRILLIC_TO_ROMAN: Record<string, string> = { І: 'I', Х: 'X', С: 'C' };

/** Latin look-alikes (typed on a Latin keyboard) to the Cyrillic letters of plates and documents. */
export const toCyrillic = (s: string) => s.replace(/[A-Z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);

// ---- Payer code (printed on the ЕПД) and flat ----

export function parsePayerCode(input: string): Parsed<'payerCodeRequired' | 'payerCodeInvalid'> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'payerCodeInvalid' };
  const value = input.replace(SPACES, '');
  if (!value) return { ok: false, error: 'payerCodeRequired' };
  return /^[0-9]{10}$/.test(value) ? { ok: true, value } : { ok: false, error: 'payerCodeInvalid' };
}

/** A flat number: digits, optionally a letter (15А); up to 6 characters. */
export function parseFlat(input: string): Parsed<'flatRequired' | 'flatInvalid'> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'flatInvalid' };
  const value = toCyrillic(input.replace(SPACES, '').toUpperCase()).replace(/^№/, '');
  if (!value) return { ok: false, error: 'flatRequired' };
  return /^(?=.{1,6}$)[1-9][0-9]*[А-ЯЁ]?$/u.test(value)
    ? { ok: true, value }
    : { ok: false, error: 'flatInvalid' };
}

// ---- Vehicle registration certificate (СТС) ----

/** The twelve Cyrillic letters that have a Latin twin; the only ones used on plates and in СТС series. */
export const PLATE_LETTERS = 'АВЕКМНОРСТУХ';

/** 2 digits, then 2 digits or 2 plate letters, then 6 digits: stored as `77УХ123456`. */
export function parseSts(
  input: string,
): Parsed<'stsRequired' | 'stsInvalid' | 'stsLettersInvalid'> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'stsInvalid' };
  const value = toCyrillic(input.replace(SPACES, '').toUpperCase());
  if (!value) return { ok: false, error: 'stsRequired' };
  if (new RegExp(`^[0-9]{2}(?:[0-9]{2}|[${PLATE_LETTERS}]{2})[0-9]{6}$`, 'u').test(value))
    return { ok: true, value };
  // The right shape with letters a plate never has (Ж, Ш…): say which letters are allowed.
  if (/^[0-9]{2}[0-9\p{L}]{2}[0-9]{6}$/u.test(value) && /^[0-9]{2}\p{L}{2}/u.test(value))
    return { ok: false, error: 'stsLettersInvalid' };
  return { ok: false, error: 'stsInvalid' };
}

// ---- Birth certificate ----

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Roman series, hyphen, two Cyrillic letters, space, six digits: stored as `IV-МЮ 123456`. */
export function parseBirthCertificate(
  input: string,
): Parsed<'birthCertificateRequired' | 'birthCertificateInvalid'> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'birthCertificateInvalid' };
  const text = input.replace(DASHES, '-').toUpperCase().trim();
  if (!text) return { ok: false, error: 'birthCertificateRequired' };
  // Series letters may be typed in either alphabet; the regex backtracks so `XХМ` splits as X + ХМ.
  const match = /^([IVXLCІХС]+)\s*-?\s*([А-ЯЁA-Z]{2})\s*([0-9]{6})$/u.exec(text);
  if (!match) return { ok: false, error: 'birthCertificateInvalid' };
  const series = match[1]!.replace(/[ІХС]/gu, (c) => CYRILLIC_TO_ROMAN[c]!);
  const letters = toCyrillic(match[2]!);
  if (!ROMAN.test(series) || !/^[А-ЯЁ]{2}$/u.test(letters))
    return { ok: false, error: 'birthCertificateInvalid' };
  return { ok: true, value: `${series}-${letters} ${match[3]}` };
}

// ---- Record ids in URLs and forms ----

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and hidden fields: anything else is answered as "not found", never sent to the database. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value);
