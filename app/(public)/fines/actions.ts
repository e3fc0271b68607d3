'use server';

import { headers } from 'next/headers';
import type { z } from 'zod';
import { checkFines, type FineCheck } from '@/db/queries/fines';
import { recordVisit } from '@/db/queries/usage';
import {
  checkByLicenceSchema,
  checkByUinSchema,
  checkByVehicleSchema,
  type CheckField,
  type CheckKind,
} from '@/lib/fines/check-schemas';
import { clientAddress } from '@/lib/security/client-address';
import { stateAction, type ActionContext, type FormValues } from '@/server/action';
import type { CheckState } from './check-state';

// The fine check, open to everyone: by plate and СТС, by licence number and issue date, or by УИН.
// A signed-in person's check counts as theirs; a visitor's under the day's anonymous hash.

const typed = (values: FormValues, fields: readonly CheckField[]) =>
  Object.fromEntries(fields.map((f) => [f, values[f] ?? '']));

function checkAction<S extends z.ZodType<FineCheck>>(
  kind: CheckKind,
  schema: S | ((now: Date) => S),
  fields: readonly CheckField[],
) {
  return stateAction({
    access: { anyone: true },
    schema,
    maxLength: 100,
    invalid: (fieldErrors, { values }): CheckState => ({
      status: 'error',
      kind,
      fieldErrors,
      values: typed(values, fields),
    }),
    handler: (check: FineCheck, context: ActionContext<{ anyone: true }>) =>
      answer(kind, check, typed(context.values, fields), context),
  });
}

async function answer(
  kind: CheckKind,
  check: FineCheck,
  values: Partial<Record<CheckField, string>>,
  { viewer, now }: ActionContext<{ anyone: true }>,
): Promise<CheckState> {
  const requestHeaders = await headers();
  const address = clientAddress(requestHeaders);
  const who = viewer
    ? { actor: { userId: viewer.id }, throttle: [`address:${address}`, `user:${viewer.id}`] }
    : {
        actor: { visitorHash: (await recordVisit(requestHeaders, now)).visitorHash },
        throttle: [`address:${address}`],
      };
  const result = await checkFines(check, who, now);
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

export const checkByVehicleAction = checkAction(
  'vehicle',
  checkByVehicleSchema.transform((v) => ({ by: 'vehicle' as const, ...v })),
  ['plate', 'sts'],
);

export const checkByLicenceAction = checkAction(
  'licence',
  (now) => checkByLicenceSchema(now).transform((v) => ({ by: 'licence' as const, ...v })),
  ['number', 'issuedOn'],
);

export const checkByUinAction = checkAction(
  'uin',
  checkByUinSchema.transform((v) => ({ by: 'uin' as const, ...v })),
  ['uin'],
);
