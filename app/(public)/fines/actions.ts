'use server';

import { headers } from 'next/headers';
import type { z } from 'zod';
import { checkFines, type FineCheck } from '@/db/queries/fines';
import { recordVisit } from '@/db/queries/usage';
import { getViewer } from '@/server/auth/viewer';
import {
  checkByLicenceSchema,
  checkByUinSchema,
  checkByVehicleSchema,
  type CheckField,
  type CheckKind,
} from '@/lib/fines/check-schemas';
import { fieldErrorsOf, formValues } from '@/lib/forms/action-state';
import { clientAddress } from '@/lib/security/client-address';
import type { CheckState } from './check-state';

// The fine check, open to everyone: by plate and СТС, by licence number and issue date, or by УИН.
// A signed-in person's check counts as theirs; a visitor's under the day's anonymous hash.

async function check(
  kind: CheckKind,
  formData: FormData,
  schema: z.ZodType<FineCheck>,
  fields: CheckField[],
): Promise<CheckState> {
  const input = formValues(formData, 100);
  const values = Object.fromEntries(fields.map((f) => [f, input[f] ?? '']));
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', kind, fieldErrors: fieldErrorsOf<CheckField>(parsed.error), values };
  const now = new Date();
  const [viewer, requestHeaders] = await Promise.all([getViewer(), headers()]);
  const address = clientAddress(requestHeaders);
  const who = viewer
    ? { actor: { userId: viewer.id }, throttle: [`address:${address}`, `user:${viewer.id}`] }
    : {
        actor: { visitorHash: (await recordVisit(requestHeaders, now)).visitorHash },
        throttle: [`address:${address}`],
      };
  const result = await checkFines(parsed.data, who, now);
  if (result.status !== 'found')
    return {
      status: 'error',
      kind,
      fieldErrors: {},
      formError: result.status === 'notFound' ? `${kind}NotFound` : 'tooManyAttempts',
      values,
    };
  return { status: 'success', kind, fines: result.fines, values };
}

export async function checkByVehicleAction(_: CheckState, formData: FormData) {
  const schema = checkByVehicleSchema.transform((v) => ({ by: 'vehicle' as const, ...v }));
  return check('vehicle', formData, schema, ['plate', 'sts']);
}

export async function checkByLicenceAction(_: CheckState, formData: FormData) {
  const schema = checkByLicenceSchema(new Date()).transform((v) => ({
    by: 'licence' as const,
    ...v,
  }));
  return check('licence', formData, schema, ['number', 'issuedOn']);
}

export async function checkByUinAction(_: CheckState, formData: FormData) {
  const schema = checkByUinSchema.transform((v) => ({ by: 'uin' as const, ...v }));
  return check('uin', formData, schema, ['uin']);
}
