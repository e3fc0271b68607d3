import 'server-only';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  apartmentLinks,
  apartments,
  childLinks,
  children,
  drivingLicences,
  licenceLinks,
  meters,
  schools,
  vehicleLinks,
  vehicles,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import { formatLicence } from '@/lib/fines/documents';
import type { Viewer } from '@/lib/auth/roles';
import { isUuid } from '@/lib/registry/identifiers';
import { moscowDate } from '@/lib/city';
import { lockRemainingMs } from '@/lib/auth/throttle-rules';
import { appendAudit } from './audit';
import { postNotification, type NotificationMessage } from './notifications';
import { readThrottle, recordThrottleFailure, throttleKey } from './throttle';
import { recordUse } from './usage';

// Linking a registry record to the viewer. The link tables' primary key (the record id) is the
// guarantee of one person per record: an insert that conflicts tells us someone holds it, and two
// people racing for the same record both get an answer with only one winning (docs/decisions/005).

export type LinkError = 'notFound' | 'alreadyLinkedToYou' | 'linkedToAnother';
export type LinkResult =
  | { ok: true; id: string }
  | { ok: false; error: 'notFound' | 'linkedToAnother' | 'tooManyAttempts' }
  /** The viewer's own record: its id, so the answer can lead to it. */
  | { ok: false; error: 'alreadyLinkedToYou'; id: string };
export type UnlinkResult = { ok: true } | { ok: false; error: 'notFound' };

type RecordKind = 'apartment' | 'vehicle' | 'licence' | 'child';

/** What follows a committed link or unlink: the person is told, and the use is counted. */
async function announce(
  viewer: Viewer,
  kind: RecordKind,
  action: 'link' | 'unlink',
  message: NotificationMessage,
) {
  await postNotification(viewer.id, message);
  await recordUse(`${action}-${kind}`, { userId: viewer.id });
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

const tooMany: LinkResult = { ok: false, error: 'tooManyAttempts' };

const taken = (ownerId: string | undefined, viewer: Viewer, id: string): LinkResult =>
  ownerId === viewer.id
    ? { ok: false, error: 'alreadyLinkedToYou', id }
    : { ok: false, error: 'linkedToAnother' };

// ---- Apartments ----

/** `payerCode` and `flat` as the schema normalised them. */
export async function linkApartment(
  viewer: Viewer | null,
  input: { payerCode: string; flat: string },
): Promise<LinkResult> {
  if (!canUseResidentServices(viewer)) return { ok: false, error: 'notFound' };
  if (await lookupsLocked(viewer)) return tooMany;
  const [apartment] = await db
    .select({ id: apartments.id, flat: apartments.flat, building: apartments.building })
    .from(apartments)
    .where(eq(apartments.payerCode, input.payerCode));
  // A wrong flat is answered like an unknown payer code: neither reveals the other is right.
  if (!apartment || apartment.flat.toUpperCase() !== input.flat) return lookupMissed(viewer);

  const result = await db.transaction(async (tx): Promise<LinkResult> => {
    const [linked] = await tx
      .insert(apartmentLinks)
      .values({ apartmentId: apartment.id, userId: viewer.id })
      .onConflictDoNothing()
      .returning({ id: apartmentLinks.apartmentId });
    if (!linked) {
      const [holder] = await tx
        .select({ userId: apartmentLinks.userId })
        .from(apartmentLinks)
        .where(eq(apartmentLinks.apartmentId, apartment.id));
      return taken(holder?.userId, viewer, apartment.id);
    }
    await appendAudit(
      { actorId: viewer.id, action: 'link', subjectType: 'apartment', subjectId: apartment.id },
      tx,
    );
    return { ok: true, id: apartment.id };
  });
  if (result.ok)
    await announce(viewer, 'apartment', 'link', {
      kind: 'apartmentLinked',
      params: { flat: apartment.flat, building: apartment.building },
      href: `/cabinet/apartments/${apartment.id}`,
    });
  return result;
}

export async function unlinkApartment(viewer: Viewer | null, id: string): Promise<UnlinkResult> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return { ok: false, error: 'notFound' };
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(apartmentLinks)
      .where(and(eq(apartmentLinks.apartmentId, id), eq(apartmentLinks.userId, viewer.id)))
      .returning({ id: apartmentLinks.apartmentId });
    if (row)
      await appendAudit(
        { actorId: viewer.id, action: 'unlink', subjectType: 'apartment', subjectId: id },
        tx,
      );
    return !!row;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  const [apartment] = await db
    .select({ flat: apartments.flat, building: apartments.building })
    .from(apartments)
    .where(eq(apartments.id, id));
  await announce(viewer, 'apartment', 'unlink', {
    kind: 'apartmentUnlinked',
    params: { flat: apartment?.flat ?? '', building: apartment?.building ?? '' },
    href: '/cabinet',
  });
  return { ok: true };
}

// ---- Vehicles ----

/** `sts` as the schema normalised it (`77УХ123456`). */
export async function linkVehicle(
  viewer: Viewer | null,
  input: { sts: string },
): Promise<LinkResult> {
  if (!canUseResidentServices(viewer)) return { ok: false, error: 'notFound' };
  if (await lookupsLocked(viewer)) return tooMany;
  const [vehicle] = await db
    .select({ id: vehicles.id, plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.sts, input.sts));
  if (!vehicle) return lookupMissed(viewer);

  const result = await db.transaction(async (tx): Promise<LinkResult> => {
    const [linked] = await tx
      .insert(vehicleLinks)
      .values({ vehicleId: vehicle.id, userId: viewer.id })
      .onConflictDoNothing()
      .returning({ id: vehicleLinks.vehicleId });
    if (!linked) {
      const [holder] = await tx
        .select({ userId: vehicleLinks.userId })
        .from(vehicleLinks)
        .where(eq(vehicleLinks.vehicleId, vehicle.id));
      return taken(holder?.userId, viewer, vehicle.id);
    }
    await appendAudit(
      { actorId: viewer.id, action: 'link', subjectType: 'vehicle', subjectId: vehicle.id },
      tx,
    );
    return { ok: true, id: vehicle.id };
  });
  if (result.ok)
    await announce(viewer, 'vehicle', 'link', {
      kind: 'vehicleLinked',
      params: { plate: vehicle.plate, model: vehicle.model },
      href: `/cabinet/vehicles/${vehicle.id}`,
    });
  return result;
}

export async function unlinkVehicle(viewer: Viewer | null, id: string): Promise<UnlinkResult> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return { ok: false, error: 'notFound' };
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(vehicleLinks)
      .where(and(eq(vehicleLinks.vehicleId, id), eq(vehicleLinks.userId, viewer.id)))
      .returning({ id: vehicleLinks.vehicleId });
    if (row)
      await appendAudit(
        { actorId: viewer.id, action: 'unlink', subjectType: 'vehicle', subjectId: id },
        tx,
      );
    return !!row;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  const [vehicle] = await db
    .select({ plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.id, id));
  await announce(viewer, 'vehicle', 'unlink', {
    kind: 'vehicleUnlinked',
    params: { plate: vehicle?.plate ?? '', model: vehicle?.model ?? '' },
    href: '/cabinet',
  });
  return { ok: true };
}

// ---- Driving licences ----

/** `number` and `issuedOn` as licenceSchema normalised them (`7719123456`, `2019-06-15`). */
export async function linkLicence(
  viewer: Viewer | null,
  input: { number: string; issuedOn: string },
): Promise<LinkResult> {
  if (!canUseResidentServices(viewer)) return { ok: false, error: 'notFound' };
  if (await lookupsLocked(viewer)) return tooMany;
  const [licence] = await db
    .select({
      id: drivingLicences.id,
      number: drivingLicences.number,
      issuedOn: drivingLicences.issuedOn,
    })
    .from(drivingLicences)
    .where(eq(drivingLicences.number, input.number));
  // The issue date proves the licence in hand, as the СТС does a car: a wrong date is answered
  // like an unknown number, so neither reveals that the other is right.
  if (!licence || licence.issuedOn !== input.issuedOn) return lookupMissed(viewer);

  const result = await db.transaction(async (tx): Promise<LinkResult> => {
    const [linked] = await tx
      .insert(licenceLinks)
      .values({ licenceId: licence.id, userId: viewer.id })
      .onConflictDoNothing()
      .returning({ id: licenceLinks.licenceId });
    if (!linked) {
      const [holder] = await tx
        .select({ userId: licenceLinks.userId })
        .from(licenceLinks)
        .where(eq(licenceLinks.licenceId, licence.id));
      return taken(holder?.userId, viewer, licence.id);
    }
    await appendAudit(
      { actorId: viewer.id, action: 'link', subjectType: 'licence', subjectId: licence.id },
      tx,
    );
    return { ok: true, id: licence.id };
  });
  if (result.ok)
    await announce(viewer, 'licence', 'link', {
      kind: 'licenceLinked',
      params: { number: formatLicence(licence.number) },
      href: `/cabinet/licences/${licence.id}`,
    });
  return result;
}

export async function unlinkLicence(viewer: Viewer | null, id: string): Promise<UnlinkResult> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return { ok: false, error: 'notFound' };
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(licenceLinks)
      .where(and(eq(licenceLinks.licenceId, id), eq(licenceLinks.userId, viewer.id)))
      .returning({ id: licenceLinks.licenceId });
    if (row)
      await appendAudit(
        { actorId: viewer.id, action: 'unlink', subjectType: 'licence', subjectId: id },
        tx,
      );
    return !!row;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  const [licence] = await db
    .select({ number: drivingLicences.number })
    .from(drivingLicences)
    .where(eq(drivingLicences.id, id));
  await announce(viewer, 'licence', 'unlink', {
    kind: 'licenceUnlinked',
    params: { number: licence ? formatLicence(licence.number) : '' },
    href: '/cabinet',
  });
  return { ok: true };
}

// ---- Children ----

/**
 * `birthCertificate` as the schema normalised it (`IV-МЮ 123456`); the person has confirmed they
 * are the child's legal representative (the schema requires it).
 */
export async function linkChild(
  viewer: Viewer | null,
  input: { birthCertificate: string; confirmRepresentative: true },
): Promise<LinkResult> {
  if (!canUseResidentServices(viewer) || input.confirmRepresentative !== true)
    return { ok: false, error: 'notFound' };
  if (await lookupsLocked(viewer)) return tooMany;
  const [child] = await db
    .select({ id: children.id, fullName: children.fullName })
    .from(children)
    .where(eq(children.birthCertificate, input.birthCertificate));
  if (!child) return lookupMissed(viewer);

  const result = await db.transaction(async (tx): Promise<LinkResult> => {
    const [linked] = await tx
      .insert(childLinks)
      .values({ childId: child.id, userId: viewer.id })
      .onConflictDoNothing()
      .returning({ id: childLinks.childId });
    if (!linked) {
      const [holder] = await tx
        .select({ userId: childLinks.userId })
        .from(childLinks)
        .where(eq(childLinks.childId, child.id));
      return taken(holder?.userId, viewer, child.id);
    }
    await appendAudit(
      {
        actorId: viewer.id,
        action: 'link',
        subjectType: 'child',
        subjectId: child.id,
        details: { legalRepresentativeConfirmed: true },
      },
      tx,
    );
    return { ok: true, id: child.id };
  });
  if (result.ok)
    await announce(viewer, 'child', 'link', {
      kind: 'childLinked',
      params: { name: child.fullName },
      href: `/cabinet/children/${child.id}`,
    });
  return result;
}

export async function unlinkChild(viewer: Viewer | null, id: string): Promise<UnlinkResult> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return { ok: false, error: 'notFound' };
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(childLinks)
      .where(and(eq(childLinks.childId, id), eq(childLinks.userId, viewer.id)))
      .returning({ id: childLinks.childId });
    if (row)
      await appendAudit(
        { actorId: viewer.id, action: 'unlink', subjectType: 'child', subjectId: id },
        tx,
      );
    return !!row;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  const [child] = await db
    .select({ fullName: children.fullName })
    .from(children)
    .where(eq(children.id, id));
  await announce(viewer, 'child', 'unlink', {
    kind: 'childUnlinked',
    params: { name: child?.fullName ?? '' },
    href: '/cabinet',
  });
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

const overdueSql = (today: string) =>
  sql<number>`count(*) filter (where ${meters.verifiedUntil} < ${today})`.mapWith(Number);

/** Everything the viewer has linked, oldest link first; null without a viewer. */
export async function getCabinet(viewer: Viewer | null, now = new Date()): Promise<Cabinet | null> {
  if (!canUseResidentServices(viewer)) return null;
  const today = moscowDate(now);
  const [apartmentRows, vehicleRows, licenceRows, childRows] = await Promise.all([
    db
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
      .where(eq(apartmentLinks.userId, viewer.id))
      .orderBy(asc(apartmentLinks.linkedAt), asc(apartments.payerCode)),
    db
      .select({
        id: vehicles.id,
        plate: vehicles.plate,
        model: vehicles.model,
        year: vehicles.year,
      })
      .from(vehicleLinks)
      .innerJoin(vehicles, eq(vehicles.id, vehicleLinks.vehicleId))
      .where(eq(vehicleLinks.userId, viewer.id))
      .orderBy(asc(vehicleLinks.linkedAt), asc(vehicles.plate)),
    db
      .select(licenceColumns)
      .from(licenceLinks)
      .innerJoin(drivingLicences, eq(drivingLicences.id, licenceLinks.licenceId))
      .where(eq(licenceLinks.userId, viewer.id))
      .orderBy(asc(licenceLinks.linkedAt), asc(drivingLicences.number)),
    db
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
      .where(eq(childLinks.userId, viewer.id))
      .orderBy(asc(childLinks.linkedAt), asc(children.birthDate)),
  ]);

  const meterRows = apartmentRows.length
    ? await db
        .select({
          apartmentId: meters.apartmentId,
          kind: meters.kind,
          n: count(),
          overdue: overdueSql(today),
        })
        .from(meters)
        .where(
          inArray(
            meters.apartmentId,
            apartmentRows.map((a) => a.id),
          ),
        )
        .groupBy(meters.apartmentId, meters.kind)
    : [];
  const summaries = new Map<string, MeterSummary>();
  for (const row of meterRows) {
    const s = summaries.get(row.apartmentId) ?? {
      coldWater: 0,
      hotWater: 0,
      electricity: 0,
      overdue: 0,
    };
    if (row.kind === 'cold_water') s.coldWater += row.n;
    else if (row.kind === 'hot_water') s.hotWater += row.n;
    else s.electricity += row.n;
    s.overdue += row.overdue;
    summaries.set(row.apartmentId, s);
  }

  return {
    apartments: apartmentRows.map((a) => ({
      ...a,
      meters: summaries.get(a.id) ?? { coldWater: 0, hotWater: 0, electricity: 0, overdue: 0 },
    })),
    vehicles: vehicleRows,
    licences: licenceRows,
    children: childRows,
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
