import 'server-only';
import { getTranslations } from 'next-intl/server';
import { apartmentParams, findApartment } from '@/db/queries/apartment-links';
import { getApartment, linkTable, listLinkedApartments } from '@/db/queries/links';
import { apartmentLinks } from '@/db/schema';
import { apartmentServices } from '@/lib/cabinet/services';
import { linkApartmentSchema, type LinkApartmentInput } from '@/lib/registry/schemas';
import type { LinkKind } from '@/services/types';

/** An apartment, linked by the payer code printed on its ЕПД and the flat number. */
export const apartmentLink: LinkKind<{ payerCode: string; flat: string }> = {
  kind: 'apartment',
  segment: 'apartments',
  schema: linkApartmentSchema,
  fields: ['payerCode', 'flat'] satisfies (keyof LinkApartmentInput)[],
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
  messages: 'cabinet',
  async cards(viewer, now) {
    const [list, t] = await Promise.all([
      listLinkedApartments(viewer, now),
      getTranslations('cabinet'),
    ]);
    return list.map((a) => ({
      id: a.id,
      name: t('apartment.title', { building: a.building, flat: a.flat }),
      details: [
        `${a.district} · ${t('apartment.areaValue', { area: Number(a.areaM2) })} · ${t('apartment.residentsValue', { count: a.registeredResidents })}`,
        `${t('apartment.meters')}: ${t('apartment.metersSummary', {
          cold: a.meters.coldWater,
          hot: a.meters.hotWater,
          electricity: a.meters.electricity,
        })}`,
      ],
      alert:
        a.meters.overdue > 0 ? t('apartment.metersOverdue', { count: a.meters.overdue }) : null,
      services: apartmentServices,
      link: null,
    }));
  },
  usage: { link: 'link-apartment', unlink: 'unlink-apartment' },
};
