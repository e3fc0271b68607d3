import 'server-only';
import { getTranslations } from 'next-intl/server';
import { apartmentParams, findApartment } from '@/db/queries/apartment-links';
import { getApartment, linkTable } from '@/db/queries/links';
import { apartmentLinks } from '@/db/schema';
import { linkApartmentSchema, type LinkApartmentInput } from '@/lib/registry/schemas';
import type { LinkKind } from '@/services/types';
import { LinkApartmentForm } from './link-apartment-form';

/** An apartment, linked by the payer code printed on its ЕПД and the flat number. */
export const apartmentLink: LinkKind<{ payerCode: string; flat: string }> = {
  kind: 'apartment',
  segment: 'apartments',
  schema: linkApartmentSchema,
  fields: ['payerCode', 'flat'] satisfies (keyof LinkApartmentInput)[],
  form: LinkApartmentForm,
  find: findApartment,
  table: linkTable(apartmentLinks, apartmentLinks.apartmentId, apartmentLinks.userId),
  params: apartmentParams,
  async name(viewer, id) {
    const [apartment, t] = await Promise.all([
      getApartment(viewer, id),
      getTranslations('cabinet'),
    ]);
    return apartment
      ? t('apartment.title', { building: apartment.building, flat: apartment.flat })
      : null;
  },
  notices: { linked: 'apartmentLinked', unlinked: 'apartmentUnlinked' },
  usage: { link: 'link-apartment', unlink: 'unlink-apartment' },
};
