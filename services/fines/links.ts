import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import {
  getLicence,
  getVehicle,
  linkTable,
  listLinkedLicences,
  listLinkedVehicles,
} from '@/db/queries/links';
import { findLicence, findVehicle, licenceParams, vehicleParams } from '@/db/queries/vehicle-links';
import { licenceLinks, vehicleLinks } from '@/db/schema';
import { vehicleServices } from '@/lib/cabinet/services';
import { calendarDate, moscowDate } from '@/lib/city';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import { licenceSchema } from '@/lib/fines/licence-schema';
import { linkVehicleSchema } from '@/lib/registry/schemas';
import type { LinkKind } from '@/services/types';

/** A vehicle, linked by its registration certificate (СТС): its fines become the resident's. */
export const vehicleLink: LinkKind<{ sts: string }> = {
  kind: 'vehicle',
  segment: 'vehicles',
  schema: linkVehicleSchema,
  fields: ['sts'],
  find: findVehicle,
  table: linkTable(vehicleLinks, vehicleLinks.vehicleId, vehicleLinks.userId),
  params: vehicleParams,
  async name(viewer, id) {
    const [vehicle, t] = await Promise.all([getVehicle(viewer, id), getTranslations('cabinet')]);
    return vehicle
      ? t('vehicle.title', { model: vehicle.model, plate: formatPlate(vehicle.plate) })
      : null;
  },
  notices: { linked: 'vehicleLinked', unlinked: 'vehicleUnlinked' },
  messages: 'cabinet',
  async cards(viewer) {
    const [list, t] = await Promise.all([listLinkedVehicles(viewer), getTranslations('cabinet')]);
    return list.map((v) => ({
      id: v.id,
      name: t('vehicle.title', { model: v.model, plate: formatPlate(v.plate) }),
      details: [`${t('vehicle.year')}: ${v.year}`],
      alert: null,
      services: vehicleServices,
      link: null,
    }));
  },
  usage: { link: 'link-vehicle', unlink: 'unlink-vehicle' },
};

/** A driving licence, linked by its number together with its issue date (fields 5 and 4a). */
export const licenceLink: LinkKind<{ number: string; issuedOn: string }> = {
  kind: 'licence',
  segment: 'licences',
  schema: licenceSchema,
  fields: ['number', 'issuedOn'],
  find: findLicence,
  table: linkTable(licenceLinks, licenceLinks.licenceId, licenceLinks.userId),
  params: licenceParams,
  async name(viewer, id) {
    const licence = await getLicence(viewer, id);
    return licence ? formatLicence(licence.number) : null;
  },
  notices: { linked: 'licenceLinked', unlinked: 'licenceUnlinked' },
  messages: 'cabinet',
  async cards(viewer, now) {
    const [list, t, format] = await Promise.all([
      listLinkedLicences(viewer),
      getTranslations('cabinet'),
      getFormatter(),
    ]);
    const today = moscowDate(now);
    return list.map((l) => ({
      id: l.id,
      name: t('licence.title', { number: formatLicence(l.number) }),
      details: [
        `${l.holderName} · ${t(l.validUntil < today ? 'licence.expiredValue' : 'licence.validUntilValue', { date: format.dateTime(calendarDate(l.validUntil), 'long') })}`,
      ],
      alert: null,
      // Fines are looked up by the licence as well as by the car: it leads to the fines page rather
      // than to the catalogue's vehicle service.
      services: [],
      link: { href: '/fines', label: t('licence.fines') },
    }));
  },
  usage: { link: 'link-licence', unlink: 'unlink-licence' },
};
