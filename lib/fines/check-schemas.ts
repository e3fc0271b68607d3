import { z } from 'zod';
import { identifier } from '@/lib/registry/schemas';
import { parseSts } from '@/lib/registry/identifiers';
import { parsePlate } from './documents';
import { licenceSchema } from './licence-schema';
import { parseUin } from './uin';

// The fine check's three forms, shared by the browser and the server action: each pair of documents
// is checked together (a plate alone, or a licence number alone, shows nothing). The messages are
// the parsers' error keys: the plate's and the УИН's under `fines.errors`, the documents the cabinet
// also links (the СТС, the licence and its issue date) under `documents.errors`.

export const CHECK_KINDS = ['vehicle', 'licence', 'uin'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const checkByVehicleSchema = z.object({
  plate: identifier(parsePlate, 'plateRequired'),
  sts: identifier(parseSts, 'stsRequired'),
});

export const checkByLicenceSchema = licenceSchema;

export const checkByUinSchema = z.object({
  uin: identifier(parseUin, 'uinRequired'),
});

export type CheckField = 'plate' | 'sts' | 'number' | 'issuedOn' | 'uin';
