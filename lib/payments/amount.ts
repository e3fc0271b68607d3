// An amount as a payer types it, in roubles. Error values are keys of the `validation` messages.

/** 500 000 ₽: a per-payment cap, as acquirers set one; larger sums go by bank transfer. */
export const PAYMENT_LIMIT_KOPECKS = 50_000_000;

/**
 * A hard cap on the raw text, so a forged form cannot make the parser chew on megabytes. The
 * longest real amount ("500 000,00 руб.") is half of it, so longer text is refused as too large.
 */
export const AMOUNT_TEXT_MAX = 32;

export type AmountError =
  'required' | 'amountNotNumber' | 'amountTooManyDecimals' | 'amountNotPositive' | 'amountTooLarge';

export type ParsedAmount = { ok: true; kopecks: number } | { ok: false; error: AmountError };

// Ordinary, no-break and narrow no-break spaces: what people, Word and Intl put between thousands.
const SPACE = '[ \\u00a0\\u202f]';
const currencySuffix = new RegExp(`${SPACE}*(?:₽|руб\\.?)$`, 'iu');
const amountPattern = new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:[.,](\\d+))?$`, 'u');
const spaces = new RegExp(SPACE, 'gu');

/** More whole digits than this cannot be under the limit (and stay far from unsafe integers). */
const WHOLE_DIGITS_MAX = String(PAYMENT_LIMIT_KOPECKS / 100).length;

/**
 * Parses an amount as typed: "1234", "1234,5", "1 234.56", "1 234,56 ₽", "100 руб.". A comma or a
 * point separates up to two decimals; spaces may group thousands by three. Integer arithmetic on
 * the digits, never floats.
 */
export function parseRubles(text: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (trimmed.length > AMOUNT_TEXT_MAX) return { ok: false, error: 'amountTooLarge' };
  const number = trimmed.replace(currencySuffix, '');
  if (/^[-−]/.test(number)) return { ok: false, error: 'amountNotPositive' };
  const match = amountPattern.exec(number);
  if (!match) return { ok: false, error: 'amountNotNumber' };
  const [, grouped = '', fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, error: 'amountTooManyDecimals' };
  const whole = grouped.replace(spaces, '').replace(/^0+/, '');
  if (whole.length > WHOLE_DIGITS_MAX) return { ok: false, error: 'amountTooLarge' };
  const kopecks = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (kopecks === 0) return { ok: false, error: 'amountNotPositive' };
  if (kopecks > PAYMENT_LIMIT_KOPECKS) return { ok: false, error: 'amountTooLarge' };
  return { ok: true, kopecks };
}

const rubleFormats = {
  ru: new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB' }),
  en: new Intl.NumberFormat('en', { style: 'currency', currency: 'RUB' }),
};

/**
 * An amount for receipts and PDFs: ru "1 234,56 ₽", en "RUB 1,234.56" (Intl's spacing, which
 * is no-break). The decimal goes to Intl as a string, so no kopeck is lost to floating point.
 */
export function formatRubles(kopecks: number, locale: 'ru' | 'en'): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`formatRubles: ${kopecks} kopecks`);
  const abs = Math.abs(kopecks);
  const rem = abs % 100;
  const decimal = `${kopecks < 0 ? '-' : ''}${(abs - rem) / 100}.${String(rem).padStart(2, '0')}`;
  return rubleFormats[locale].format(decimal as Intl.StringNumericLiteral);
}

/**
 * Kopecks as a person would type them into an amount field, so the form can suggest a sum that
 * `parseRubles` reads back unchanged: ru "2 345,67", en "2345.67".
 */
export function typedRubles(kopecks: number, locale: 'ru' | 'en'): string {
  const rubles = String(Math.floor(kopecks / 100));
  const cents = String(kopecks % 100).padStart(2, '0');
  if (locale === 'en') return `${rubles}.${cents}`;
  return `${rubles.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
}
