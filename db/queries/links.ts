import 'server-only';
import { and, asc, eq, getTableColumns, max, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { db, prepared, type Tx } from '@/db';
import {
  apartmentLinks,
  apartments,
  childLinks,
  children,
  drivingLicences,
  licenceLinks,
  meterReadings,
  meters,
  schools,
  vehicleLinks,
  vehicles,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { isUuid } from '@/lib/registry/identifiers';
import { moscowDate } from '@/lib/city';
import { lockRemainingMs } from '@/lib/auth/throttle-rules';
import { appendAudit } from './audit';
import type { LinkKind, LinkTable } from '@/services/types';
import { kickMailDelivery } from './mail-outbox';
import { insertNotification } from './notifications';
import { readThrottle, recordThrottleFailure, throttleKey } from './throttle';
import type { UsageName } from '@/services/registry';
import { recordUse } from './usage';

// Linking a registry record to the viewer, one path for every kind a service declares (its look-up,
// its link table, its notices: services/types.ts LinkKind). The link tables' primary key (the record
// id) is the guarantee of one person per record: an insert that conflicts tells us someone holds it,
// and two people racing for the same record both get an answer with only one winning
// (docs/decisions/005).

export type LinkError = 'notFound' | 'alreadyLinkedToYou' | 'linkedToAnother';
export type LinkResult =
  | { ok: true; id: string }
  | { ok: false; error: 'notFound' | 'linkedToAnother' | 'tooManyAttempts' }
  /** The viewer's own record: its id, so the answer can lead to it. */
  | { ok: false; error: 'alreadyLinkedToYou'; id: string };
export type UnlinkResult = { ok: true } | { ok: false; error: 'notFound' };

/** A kind's link table for the generic path: keyed by `record`, naming the person in `user`. */
export function linkTable(table: PgTable, record: AnyPgColumn, user: AnyPgColumn): LinkTable {
  const keyOf = (column: AnyPgColumn) =>
    Object.entries(getTableColumns(table)).find(([, c]) => c === column)![0];
  const [recordKey, userKey] = [keyOf(record), keyOf(user)];
  return {
    async claim(tx, recordId, userId) {
      const rows = await tx
        .insert(table)
        .values({ [recordKey]: recordId, [userKey]: userId } as never)
        .onConflictDoNothing()
        .returning({ id: record });
      return rows.length > 0;
    },
    async holder(tx, recordId) {
      const [row] = await tx.select({ userId: user }).from(table).where(eq(record, recordId));
      return (row?.userId as string | undefined) ?? null;
    },
    async release(tx, recordId, userId) {
      const rows = await tx
        .delete(table)
        .where(and(eq(record, recordId), eq(user, userId)))
        .returning({ id: record });
      return rows.length > 0;
    },
  };
}

// Look-ups that match nothing are counted per person, so nobody can trawl the registries for
// other people's payer codes, СТС, licences or certificates.
async function lookupsLocked(viewer: Viewer): Promise<boolean> {
  return (
    lockRemainingMs(await readThrottle('link', throttleKey('link', viewer.id)), new Date()) > 0
  );
}

async function lookupMissed(viewer: Viewer): Promise<LinkResult> {
  await db.transaction((tx) =>
    recordThrottleFailure(tx, 'link', throttleKey('link', viewer.id), new Date()),
  );
  return { ok: false, error: 'notFound' };
}

/**
 * Links the record the proof names to the viewer. `input` is what the kind's schema made of the
 * form; a proof that matches nothing (or a wrong half of one) is "not found" and counts as a miss.
 */
export async function linkRecord<Input>(
  viewer: Viewer | null,
  kind: LinkKind<Input>,
  input: Input,
): Promise<LinkResult> {
  if (!canUseResidentServices(viewer)) return { ok: false, error: 'notFound' };
  if (await lookupsLocked(viewer)) return { ok: false, error: 'tooManyAttempts' };
  const record = await kind.find(input);
  if (!record) return lookupMissed(viewer);

  const result = await db.transaction(async (tx: Tx): Promise<LinkResult> => {
    if (!(await kind.table.claim(tx, record.id, viewer.id))) {
      const holder = await kind.table.holder(tx, record.id);
      return holder === viewer.id
        ? { ok: false, error: 'alreadyLinkedToYou', id: record.id }
        : { ok: false, error: 'linkedToAnother' };
    }
    await appendAudit(
      {
        actorId: viewer.id,
        action: 'link',
        subjectType: kind.kind,
        subjectId: record.id,
        ...(kind.audit ? { details: kind.audit } : {}),
      },
      tx,
    );
    // The person is told, and the use counted, with the link itself (decision 021).
    await insertNotification(tx, viewer.id, {
      kind: kind.notices.linked,
      params: record.params,
      href: `/cabinet/${kind.segment}/${record.id}`,
    });
    await recordUse(kind.usage.link as UsageName, { userId: viewer.id }, { tx });
    return { ok: true, id: record.id };
  });
  if (result.ok) void kickMailDelivery();
  return result;
}

/** Unlinks one of the viewer's records; anything else (another person's, a malformed id) is not found. */
export async function unlinkRecord(
  viewer: Viewer | null,
  // The input type does not matter to unlinking.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind: LinkKind<any>,
  id: string,
): Promise<UnlinkResult> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return { ok: false, error: 'notFound' };
  // Read before the transaction: the embedded database has one connection, which it holds.
  const params = await kind.params(id);
  const removed = await db.transaction(async (tx) => {
    const released = await kind.table.release(tx, id, viewer.id);
    if (!released) return false;
    await appendAudit(
      { actorId: viewer.id, action: 'unlink', subjectType: kind.kind, subjectId: id },
      tx,
    );
    await insertNotification(tx, viewer.id, {
      kind: kind.notices.unlinked,
      params,
      href: '/cabinet',
    });
    await recordUse(kind.usage.unlink as UsageName, { userId: viewer.id }, { tx });
    return true;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  void kickMailDelivery();
  return { ok: true };
}

// ---- Reading what is linked ----

export type MeterSummary = {
  coldWater: number;
  hotWater: number;
  electricity: number;
  /** Meters past their verification date: they cannot take readings until verified again. */
  overdue: number;
};

export type CabinetApartment = {
  id: string;
  payerCode: string;
  district: string;
  building: string;
  flat: string;
  areaM2: string;
  registeredResidents: number;
  meters: MeterSummary;
};

export type CabinetVehicle = { id: string; plate: string; model: string; year: number };

export type CabinetLicence = {
  id: string;
  /** As stored (`7719123456`); formatLicence prints it as on the licence. */
  number: string;
  issuedOn: string;
  validUntil: string;
  holderName: string;
};

export type CabinetChild = {
  id: string;
  fullName: string;
  birthDate: string;
  schoolId: string | null;
  schoolName: string | null;
  schoolClass: string | null;
};

export type Cabinet = {
  apartments: CabinetApartment[];
  vehicles: CabinetVehicle[];
  licences: CabinetLicence[];
  children: CabinetChild[];
};

const licenceColumns = {
  id: drivingLicences.id,
  number: drivingLicences.number,
  issuedOn: drivingLicences.issuedOn,
  validUntil: drivingLicences.validUntil,
  holderName: drivingLicences.holderName,
};

// The viewer's records are read once per request however many parts of a page list them (the
// cabinet's cards and its «due this month» both do), each by a statement prepared once (decision 031).
const placeholderUser = sql.placeholder('userId');

/** The viewer's apartments as the registry has them, oldest link first (once per request). */
export const linkedApartments = cache((userId: string) =>
  prepared('linked_apartments', (d) =>
    d
      .select({
        id: apartments.id,
        payerCode: apartments.payerCode,
        district: apartments.district,
        building: apartments.building,
        flat: apartments.flat,
        areaM2: apartments.areaM2,
        registeredResidents: apartments.registeredResidents,
      })
      .from(apartmentLinks)
      .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
      .where(eq(apartmentLinks.userId, placeholderUser))
      .orderBy(asc(apartmentLinks.linkedAt), asc(apartments.payerCode))
      .prepare('linked_apartments'),
  ).execute({ userId }),
);

/** The viewer's vehicles, oldest link first (once per request). */
export const linkedVehicles = cache((userId: string): Promise<CabinetVehicle[]> =>
  prepared('linked_vehicles', (d) =>
    d
      .select({
        id: vehicles.id,
        plate: vehicles.plate,
        model: vehicles.model,
        year: vehicles.year,
      })
      .from(vehicleLinks)
      .innerJoin(vehicles, eq(vehicles.id, vehicleLinks.vehicleId))
      .where(eq(vehicleLinks.userId, placeholderUser))
      .orderBy(asc(vehicleLinks.linkedAt), asc(vehicles.plate))
      .prepare('linked_vehicles'),
  ).execute({ userId }),
);

/** The viewer's driving licences, oldest link first (once per request). */
export const linkedLicences = cache((userId: string): Promise<CabinetLicence[]> =>
  prepared('linked_licences', (d) =>
    d
      .select(licenceColumns)
      .from(licenceLinks)
      .innerJoin(drivingLicences, eq(drivingLicences.id, licenceLinks.licenceId))
      .where(eq(licenceLinks.userId, placeholderUser))
      .orderBy(asc(licenceLinks.linkedAt), asc(drivingLicences.number))
      .prepare('linked_licences'),
  ).execute({ userId }),
);

/** The meters of the viewer's apartments, with the last period read of each (once per request). */
export const linkedApartmentMeters = cache((userId: string) =>
  prepared('linked_apartment_meters', (d) =>
    d
      .select({
        id: meters.id,
        apartmentId: meters.apartmentId,
        kind: meters.kind,
        serialNumber: meters.serialNumber,
        verifiedUntil: meters.verifiedUntil,
        lastReadingPeriod: max(meterReadings.period),
      })
      .from(meters)
      .innerJoin(apartmentLinks, eq(apartmentLinks.apartmentId, meters.apartmentId))
      .leftJoin(meterReadings, eq(meterReadings.meterId, meters.id))
      .where(eq(apartmentLinks.userId, placeholderUser))
      .groupBy(meters.id)
      .orderBy(asc(meters.kind), asc(meters.serialNumber))
      .prepare('linked_apartment_meters'),
  ).execute({ userId }),
);

/** The viewer's apartments with a summary of their meters, oldest link first. */
export async function listLinkedApartments(viewer: Viewer, now: Date): Promise<CabinetApartment[]> {
  const [apartmentRows, meterRows] = await Promise.all([
    linkedApartments(viewer.id),
    linkedApartmentMeters(viewer.id),
  ]);
  const today = moscowDate(now);
  const summaries = new Map<string, MeterSummary>();
  for (const meter of meterRows) {
    const s = summaries.get(meter.apartmentId) ?? {
      coldWater: 0,
      hotWater: 0,
      electricity: 0,
      overdue: 0,
    };
    if (meter.kind === 'cold_water') s.coldWater++;
    else if (meter.kind === 'hot_water') s.hotWater++;
    else s.electricity++;
    if (meter.verifiedUntil < today) s.overdue++;
    summaries.set(meter.apartmentId, s);
  }
  return apartmentRows.map((a) => ({
    ...a,
    meters: summaries.get(a.id) ?? { coldWater: 0, hotWater: 0, electricity: 0, overdue: 0 },
  }));
}

/** The viewer's vehicles, oldest link first. */
export function listLinkedVehicles(viewer: Viewer): Promise<CabinetVehicle[]> {
  return linkedVehicles(viewer.id);
}

/** The viewer's driving licences, oldest link first. */
export function listLinkedLicences(viewer: Viewer): Promise<CabinetLicence[]> {
  return linkedLicences(viewer.id);
}

/** The children the viewer represents, with their schools, oldest link first. */
export function listLinkedChildren(viewer: Viewer): Promise<CabinetChild[]> {
  return prepared('linked_children', (d) =>
    d
      .select({
        id: children.id,
        fullName: children.fullName,
        birthDate: children.birthDate,
        schoolId: children.schoolId,
        schoolName: schools.name,
        schoolClass: children.schoolClass,
      })
      .from(childLinks)
      .innerJoin(children, eq(children.id, childLinks.childId))
      .leftJoin(schools, eq(schools.id, children.schoolId))
      .where(eq(childLinks.userId, placeholderUser))
      .orderBy(asc(childLinks.linkedAt), asc(children.birthDate))
      .prepare('linked_children'),
  ).execute({ userId: viewer.id });
}

/** Everything the viewer has linked, oldest link first; null without a viewer. */
export async function getCabinet(viewer: Viewer | null, now = new Date()): Promise<Cabinet | null> {
  if (!canUseResidentServices(viewer)) return null;
  const [apartmentList, vehicleList, licenceList, childList] = await Promise.all([
    listLinkedApartments(viewer, now),
    listLinkedVehicles(viewer),
    listLinkedLicences(viewer),
    listLinkedChildren(viewer),
  ]);
  return {
    apartments: apartmentList,
    vehicles: vehicleList,
    licences: licenceList,
    children: childList,
  };
}

export type ApartmentMeter = {
  id: string;
  kind: 'cold_water' | 'hot_water' | 'electricity';
  serialNumber: string;
  zones: number;
  installedOn: string;
  verifiedUntil: string;
  overdue: boolean;
};

export type ApartmentDetails = CabinetApartment & {
  ownerName: string;
  linkedAt: Date;
  meterList: ApartmentMeter[];
};

/** One of the viewer's apartments with its meters; null for anything else, malformed ids included. */
export async function getApartment(
  viewer: Viewer | null,
  id: string,
  now = new Date(),
): Promise<ApartmentDetails | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [apartment] = await db
    .select({
      id: apartments.id,
      payerCode: apartments.payerCode,
      district: apartments.district,
      building: apartments.building,
      flat: apartments.flat,
      areaM2: apartments.areaM2,
      registeredResidents: apartments.registeredResidents,
      ownerName: apartments.ownerName,
      linkedAt: apartmentLinks.linkedAt,
    })
    .from(apartmentLinks)
    .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
    .where(and(eq(apartmentLinks.apartmentId, id), eq(apartmentLinks.userId, viewer.id)));
  if (!apartment) return null;
  const today = moscowDate(now);
  const rows = await db
    .select({
      id: meters.id,
      kind: meters.kind,
      serialNumber: meters.serialNumber,
      zones: meters.zones,
      installedOn: meters.installedOn,
      verifiedUntil: meters.verifiedUntil,
    })
    .from(meters)
    .where(eq(meters.apartmentId, id))
    .orderBy(asc(meters.kind), asc(meters.serialNumber));
  const meterList = rows.map((m) => ({ ...m, overdue: m.verifiedUntil < today }));
  const summary: MeterSummary = {
    coldWater: meterList.filter((m) => m.kind === 'cold_water').length,
    hotWater: meterList.filter((m) => m.kind === 'hot_water').length,
    electricity: meterList.filter((m) => m.kind === 'electricity').length,
    overdue: meterList.filter((m) => m.overdue).length,
  };
  return { ...apartment, meters: summary, meterList };
}

export type VehicleDetails = CabinetVehicle & { sts: string; ownerName: string; linkedAt: Date };

export async function getVehicle(
  viewer: Viewer | null,
  id: string,
): Promise<VehicleDetails | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [vehicle] = await db
    .select({
      id: vehicles.id,
      plate: vehicles.plate,
      model: vehicles.model,
      year: vehicles.year,
      sts: vehicles.sts,
      ownerName: vehicles.ownerName,
      linkedAt: vehicleLinks.linkedAt,
    })
    .from(vehicleLinks)
    .innerJoin(vehicles, eq(vehicles.id, vehicleLinks.vehicleId))
    .where(and(eq(vehicleLinks.vehicleId, id), eq(vehicleLinks.userId, viewer.id)));
  return vehicle ?? null;
}

export type LicenceDetails = CabinetLicence & { linkedAt: Date };

/** One of the viewer's licences; null for anyone else's, an unlinked one or a malformed id. */
export async function getLicence(
  viewer: Viewer | null,
  id: string,
): Promise<LicenceDetails | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [licence] = await db
    .select({ ...licenceColumns, linkedAt: licenceLinks.linkedAt })
    .from(licenceLinks)
    .innerJoin(drivingLicences, eq(drivingLicences.id, licenceLinks.licenceId))
    .where(and(eq(licenceLinks.licenceId, id), eq(licenceLinks.userId, viewer.id)));
  return licence ?? null;
}

export type ChildDetails = CabinetChild & {
  birthCertificate: string;
  schoolAddress: string | null;
  linkedAt: Date;
};

export async function getChild(viewer: Viewer | null, id: string): Promise<ChildDetails | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [child] = await db
    .select({
      id: children.id,
      fullName: children.fullName,
      birthDate: children.birthDate,
      birthCertificate: children.birthCertificate,
      schoolId: children.schoolId,
      schoolName: schools.name,
      schoolAddress: schools.address,
      schoolClass: children.schoolClass,
      linkedAt: childLinks.linkedAt,
    })
    .from(childLinks)
    .innerJoin(children, eq(children.id, childLinks.childId))
    .leftJoin(schools, eq(schools.id, children.schoolId))
    .where(and(eq(childLinks.childId, id), eq(childLinks.userId, viewer.id)));
  return child ?? null;
}
