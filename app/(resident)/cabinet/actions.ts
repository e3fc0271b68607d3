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
import { getViewer } from '@/server/auth/viewer';
import type { LinkedRecord } from '@/lib/catalogue/services';
import { licenceSchema } from '@/lib/fines/licence-schema';
import { fieldErrorsOf, formValues, type ActionState } from '@/lib/forms/action-state';
import { linkApartmentSchema, linkChildSchema, linkVehicleSchema } from '@/lib/registry/schemas';

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

async function viewerOrSignIn(returnTo: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

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

type ApartmentField = 'payerCode' | 'flat';

export async function linkApartmentAction(
  _previous: LinkState<ApartmentField>,
  formData: FormData,
): Promise<LinkState<ApartmentField>> {
  const viewer = await viewerOrSignIn('/cabinet/link/apartment');
  const input = formValues(formData, 100);
  const values = { payerCode: input.payerCode ?? '', flat: input.flat ?? '' };
  const parsed = linkApartmentSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<ApartmentField>(parsed.error), values };
  return answer('apartment', await linkApartment(viewer, parsed.data), values);
}

type VehicleField = 'sts';

export async function linkVehicleAction(
  _previous: LinkState<VehicleField>,
  formData: FormData,
): Promise<LinkState<VehicleField>> {
  const viewer = await viewerOrSignIn('/cabinet/link/vehicle');
  const input = formValues(formData, 100);
  const values = { sts: input.sts ?? '' };
  const parsed = linkVehicleSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<VehicleField>(parsed.error), values };
  return answer('vehicle', await linkVehicle(viewer, parsed.data), values);
}

type LicenceField = 'number' | 'issuedOn';

export async function linkLicenceAction(
  _previous: LinkState<LicenceField>,
  formData: FormData,
): Promise<LinkState<LicenceField>> {
  const viewer = await viewerOrSignIn('/cabinet/link/licence');
  const input = formValues(formData, 100);
  const values = { number: input.number ?? '', issuedOn: input.issuedOn ?? '' };
  const parsed = licenceSchema(new Date()).safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<LicenceField>(parsed.error), values };
  return answer('licence', await linkLicence(viewer, parsed.data), values);
}

type ChildField = 'birthCertificate' | 'confirmRepresentative';

export async function linkChildAction(
  _previous: LinkState<ChildField>,
  formData: FormData,
): Promise<LinkState<ChildField>> {
  const viewer = await viewerOrSignIn('/cabinet/link/child');
  const input = formValues(formData, 100);
  const values = {
    birthCertificate: input.birthCertificate ?? '',
    confirmRepresentative: input.confirmRepresentative ?? '',
  };
  const parsed = linkChildSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<ChildField>(parsed.error), values };
  return answer('child', await linkChild(viewer, parsed.data), values);
}

// Unlinking is a plain form on a confirmation page: it works without JavaScript, and a stale or
// forged id simply leads back to the cabinet.

const unlinkers = {
  apartment: unlinkApartment,
  vehicle: unlinkVehicle,
  licence: unlinkLicence,
  child: unlinkChild,
} as const;

async function unlink(kind: RecordKind, formData: FormData): Promise<never> {
  const id = String(formData.get('id') ?? '').slice(0, 64);
  const viewer = await viewerOrSignIn(`${paths[kind]}/${encodeURIComponent(id)}`);
  const result = await unlinkers[kind](viewer, id);
  revalidatePath('/cabinet');
  redirect(result.ok ? `/cabinet?unlinked=${kind}` : '/cabinet');
}

export async function unlinkApartmentAction(formData: FormData): Promise<void> {
  await unlink('apartment', formData);
}

export async function unlinkVehicleAction(formData: FormData): Promise<void> {
  await unlink('vehicle', formData);
}

export async function unlinkLicenceAction(formData: FormData): Promise<void> {
  await unlink('licence', formData);
}

export async function unlinkChildAction(formData: FormData): Promise<void> {
  await unlink('child', formData);
}
