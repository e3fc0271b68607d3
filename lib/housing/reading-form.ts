import { z } from 'zod';
import { readingField } from './reading-field';
import { parseReadingValue, READING_TEXT_MAX, readingValueSchema } from './reading-input';

// The readings form: one field per meter and tariff zone, all of an apartment's meters in one post.
// Shared by the client form, the server action and the data access layer.

export { readingField };

const fieldPattern = /^m_([0-9a-f-]{36})_([1-3])$/i;

export type TypedReading = { meterId: string; zone: number; value: string };

/** The reading fields of a posted form, as typed (each capped); other keys are ignored. */
export function typedReadings(values: Record<string, string>): TypedReading[] {
  const out: TypedReading[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = fieldPattern.exec(key);
    if (match)
      out.push({
        meterId: match[1]!.toLowerCase(),
        zone: Number(match[2]),
        value: value.slice(0, READING_TEXT_MAX + 1),
      });
  }
  return out;
}

/** The browser's schema for the fields it renders: each a reading typed with a comma or a point. */
/** The readings form's own fields; the readings themselves are `reading:<meter>:<zone>` fields. */
export const readingsEnvelopeSchema = z.object({
  apartmentId: z.uuid(),
  /** The values the resident confirmed on the warning step (see confirmationToken). */
  confirmed: z.string().max(2000).optional(),
});

export function readingsFormSchema(fields: readonly string[]) {
  return z.object(Object.fromEntries(fields.map((f) => [f, readingValueSchema])));
}

/**
 * What the resident confirmed: the exact values shown with the warnings. A confirmation counts only
 * for those values, so editing a field after the warning asks again.
 */
export function confirmationToken(readings: readonly TypedReading[]): string {
  return readings
    .map((r) => {
      const parsed = parseReadingValue(r.value);
      return `${readingField(r.meterId, r.zone)}=${parsed.ok ? parsed.value : r.value.trim()}`;
    })
    .sort()
    .join('&');
}

/** A reading that looks unusual, shown on the confirmation step. */
export type ReadingConcern = {
  field: string;
  serialNumber: string;
  zone: number;
  zones: number;
  kind: 'cold_water' | 'hot_water' | 'electricity';
  value: string;
  consumption: string;
  reasons: ('aboveNorm' | 'aboveAverage')[];
  normLimit: string;
  averageLimit: string | null;
};
