import { z } from 'zod';
import {
  IDENTIFIER_MAX_LENGTH,
  parseBirthCertificate,
  parseFlat,
  parsePayerCode,
  parseSts,
  type Parsed,
} from './identifiers';

// The link forms' schemas, shared by the browser and the server actions. Messages are keys of
// `documents.errors` (not `validation`): each identifier gets a message that shows where to find it.

/** A text field whose value is the parser's normalised spelling; the parser's error key is the message. */
export const identifier = <E extends string>(parse: (input: string) => Parsed<E>, requiredKey: E) =>
  z
    .string({ error: requiredKey })
    // A forged request may send megabytes; the parser refuses long input before any pattern runs.
    .transform((input, ctx) => {
      const parsed = parse(input.slice(0, IDENTIFIER_MAX_LENGTH + 1));
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    });

export const linkApartmentSchema = z.object({
  payerCode: identifier(parsePayerCode, 'payerCodeRequired'),
  flat: identifier(parseFlat, 'flatRequired'),
});
export type LinkApartmentInput = z.input<typeof linkApartmentSchema>;

export const linkVehicleSchema = z.object({
  sts: identifier(parseSts, 'stsRequired'),
});
export type LinkVehicleInput = z.input<typeof linkVehicleSchema>;

/** A checkbox arrives as `true` from the form library and as `'on'` from a plain form post. */
const confirmed = z.preprocess(
  (v) => v === true || v === 'on' || v === 'true',
  z.literal(true, { error: 'representativeRequired' }),
);

export const linkChildSchema = z.object({
  birthCertificate: identifier(parseBirthCertificate, 'birthCertificateRequired'),
  confirmRepresentative: confirmed,
});
export type LinkChildInput = z.input<typeof linkChildSchema>;

/** The unlink confirmation's one field: the record's id (the DAL answers any other as not found). */
export const unlinkSchema = z.object({ id: z.string().catch('') });
