import { z } from 'zod';
import { identifier } from '@/lib/registry/schemas';
import { parseIssueDate, parseLicence } from './documents';

// A driving licence as a person proves it is theirs: the number and the issue date printed on it
// (fields 5 and 4a). Shared by the browser and the server actions of the cabinet's link form (and
// the fine check by licence); the messages are the parsers' error keys.

/** `now` decides what "in the future" means for the issue date (the city's today). */
export const licenceSchema = (now: Date) =>
  z.object({
    number: identifier(parseLicence, 'licenceRequired'),
    issuedOn: identifier((input) => parseIssueDate(input, now), 'issueDateRequired'),
  });
export type LicenceInput = z.input<ReturnType<typeof licenceSchema>>;
