import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { drivingLicences, vehicles } from '@/db/schema';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import type { NotificationParams } from '@/lib/notifications/render';

// A registry record as a resident proves it is theirs, for the cabinet's one link path
// (db/queries/links.ts): the look-up takes the proof as its schema normalised it and answers the
// record with what its notices say of it, or null. A wrong half of a proof is answered as an unknown
// one, so neither reveals that the other is right.

type Found = { id: string; params: NotificationParams } | null;

/** A vehicle by its registration certificate (СТС). */
export async function findVehicle(input: { sts: string }): Promise<Found> {
  const [vehicle] = await db
    .select({ id: vehicles.id, plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.sts, input.sts));
  return vehicle
    ? { id: vehicle.id, params: { plate: formatPlate(vehicle.plate), model: vehicle.model } }
    : null;
}

export async function vehicleParams(id: string): Promise<NotificationParams> {
  const [vehicle] = await db
    .select({ plate: vehicles.plate, model: vehicles.model })
    .from(vehicles)
    .where(eq(vehicles.id, id));
  return { plate: vehicle ? formatPlate(vehicle.plate) : '', model: vehicle?.model ?? '' };
}

/**
 * A driving licence by its number together with its issue date: the date proves the licence in
 * hand, as the СТС does a car.
 */
export async function findLicence(input: { number: string; issuedOn: string }): Promise<Found> {
  const [licence] = await db
    .select({
      id: drivingLicences.id,
      number: drivingLicences.number,
      issuedOn: drivingLicences.issuedOn,
    })
    .from(drivingLicences)
    .where(eq(drivingLicences.number, input.number));
  if (!licence || licence.issuedOn !== input.issuedOn) return null;
  return { id: licence.id, params: { number: formatLicence(licence.number) } };
}

export async function licenceParams(id: string): Promise<NotificationParams> {
  const [licence] = await db
    .select({ number: drivingLicences.number })
    .from(drivingLicences)
    .where(eq(drivingLicences.id, id));
  return { number: licence ? formatLicence(licence.number) : '' };
}
