import { z } from 'zod';
import { fromThousandths, toThousandths } from './decimal';

// What a resident types into a reading field. Error values are keys of the `validation` messages.

/** The largest reading a meter shows (8 whole digits); 10^12 and the like are typos. */
export const MAX_READING = '99999999.999';

/** A hard cap on the raw text, so a forged form cannot make the parser chew on megabytes. */
export const READING_TEXT_MAX = 32;

export type ReadingInputError =
  | 'required'
  | 'readingNotNumber'
  | 'readingNegative'
  | 'readingTooManyDecimals'
  | 'readingTooLarge';

export type ParsedReading = { ok: true; value: string } | { ok: false; error: ReadingInputError };

/**
 * Parses a reading as typed: spaces around it are ignored, a comma or a point separates up to three
 * decimals. Returns the value normalised to three decimals (`'123,4'` → `'123.400'`), as numeric(12,3) stores it.
 */
export function parseReadingValue(text: string): ParsedReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (trimmed.length > READING_TEXT_MAX) return { ok: false, error: 'readingTooLarge' };
  const match = /^([-−]?)(\d+)(?:[.,](\d*))?$/.exec(trimmed);
  if (!match) return { ok: false, error: 'readingNotNumber' };
  const [, minus, whole = '', fraction = ''] = match;
  if (minus) return { ok: false, error: 'readingNegative' };
  if (fraction.length > 3) return { ok: false, error: 'readingTooManyDecimals' };
  const value = toThousandths(`${whole}.${fraction}`);
  if (value > toThousandths(MAX_READING)) return { ok: false, error: 'readingTooLarge' };
  return { ok: true, value: fromThousandths(value) };
}

/** The same rule for forms (react-hook-form and the server action): a string in, the normalised decimal out. */
export const readingValueSchema = z.string({ error: 'required' }).transform((text, ctx) => {
  const parsed = parseReadingValue(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.value;
});
