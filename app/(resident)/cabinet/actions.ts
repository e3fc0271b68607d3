'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  linkApartment,
  linkChild,
  linkLicence,
  linkVehicle,
  unlinkApartment,
  unlinkChild,
  unlinkLicence,
  unlinkVehicle,
  type LinkResult,
} from '@/db/queries/links';
import type { LinkedRecord } from '@/lib/catalogue/services';
import { licenceSchema } from '@/lib/fines/licence-schema';
import type { z } from 'zod';
import type { Viewer } from '@/lib/auth/roles';
import type { ActionState } from '@/lib/forms/action-state';
import {
  linkApartmentSchema,
  linkChildSchema,
  linkVehicleSchema,
  unlinkSchema,
} from '@/lib/registry/schemas';
import { formAction, stateAction, type ActionContext, type FormValues } from '@/server/action';

// The cabinet's link and unlink forms. Field errors and `formError` are keys of `cabinet.errors`.

/** The catalogue's records, and the driving licence (fines are the only service it opens). */
export type RecordKind = LinkedRecord | 'licence';

export type LinkState<F extends string> = ActionState<F> & {
  /** What the person typed, so a page rendered without JavaScript shows it again. */
  values?: Partial<Record<F, string>>;
  /** For "already in your account": the record, to link to it. */
  existingId?: string;
};

const paths: Record<RecordKind, string> = {
  apartment: '/cabinet/apartments',
  vehicle: '/cabinet/vehicles',
  licence: '/cabinet/licences',
  child: '/cabinet/children',
};

/** A linked record opens on its own page; any other answer is a message above the form. */
function answer<F extends string>(
  kind: RecordKind,
  result: LinkResult,
  values: Partial<Record<F, string>>,
): LinkState<F> {
  if (result.ok) {
    revalidatePath('/cabinet');
    redirect(`${paths[kind]}/${result.id}?linked=1`);
  }
  return {
    status: 'error',
    fieldErrors: {},
    formError: `${kind}.${result.error}`,
    values,
    existingId: result.error === 'alreadyLinkedToYou' ? result.id : undefined,
  };
}

/** What was typed, so a page rendered without JavaScript shows it again. */
const typed = <F extends string>(values: FormValues, fields: readonly F[]) =>
  Object.fromEntries(fields.map((f) => [f, values[f] ?? ''])) as Partial<Record<F, string>>;

function linkAction<F extends string, S extends z.ZodType>(
  kind: RecordKind,
  schema: S | ((now: Date) => S),
  fields: readonly F[],
  link: (viewer: Viewer, input: z.output<S>) => Promise<LinkResult>,
) {
  return stateAction({
    access: { signIn: `/cabinet/link/${kind}` },
    schema,
    maxLength: 100,
    invalid: (fieldErrors, { values }): LinkState<F> => ({
      status: 'error',
      fieldErrors,
      values: typed(values, fields),
    }),
    handler: async (input: z.output<S>, { viewer, values }: ActionContext<{ signIn: string }>) =>
      answer<F>(kind, await link(viewer, input), typed(values, fields)),
  });
}

export const linkApartmentAction = linkAction(
  'apartment',
  linkApartmentSchema,
  ['payerCode', 'flat'],
  linkApartment,
);
export const linkVehicleAction = linkAction('vehicle', linkVehicleSchema, ['sts'], linkVehicle);
export const linkLicenceAction = linkAction(
  'licence',
  licenceSchema,
  ['number', 'issuedOn'],
  linkLicence,
);
export const linkChildAction = linkAction(
  'child',
  linkChildSchema,
  ['birthCertificate', 'confirmRepresentative'],
  linkChild,
);

// Unlinking is a plain form on a confirmation page: it works without JavaScript, and a stale or
// forged id simply leads back to the cabinet.

const unlinkers = {
  apartment: unlinkApartment,
  vehicle: unlinkVehicle,
  licence: unlinkLicence,
  child: unlinkChild,
} as const;

const unlinkAction = (kind: RecordKind) =>
  formAction({
    access: { signIn: (values) => `${paths[kind]}/${encodeURIComponent(values.id ?? '')}` },
    schema: unlinkSchema,
    maxLength: 64,
    invalid: () => redirect('/cabinet'),
    async handler({ id }, { viewer }) {
      const result = await unlinkers[kind](viewer, id);
      revalidatePath('/cabinet');
      redirect(result.ok ? `/cabinet?unlinked=${kind}` : '/cabinet');
    },
  });

export const unlinkApartmentAction = unlinkAction('apartment');
export const unlinkVehicleAction = unlinkAction('vehicle');
export const unlinkLicenceAction = unlinkAction('licence');
export const unlinkChildAction = unlinkAction('child');
