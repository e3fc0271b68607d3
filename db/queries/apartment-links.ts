import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { apartments } from '@/db/schema';
import type { NotificationParams } from '@/lib/notifications/render';

// A registry record as a resident proves it is theirs, for the cabinet's one link path
// (db/queries/links.ts): the look-up takes the proof as its schema normalised it and answers the
// record with what its notices say of it, or null. A wrong half of a proof is answered as an unknown
// one, so neither reveals that the other is right.

type Found = { id: string; params: NotificationParams } | null;

/** An apartment by the payer code printed on its ЕПД and its flat number. */
export async function findApartment(input: { payerCode: string; flat: string }): Promise<Found> {
  const [apartment] = await db
    .select({ id: apartments.id, flat: apartments.flat, building: apartments.building })
    .from(apartments)
    .where(eq(apartments.payerCode, input.payerCode));
  if (!apartment || apartment.flat.toUpperCase() !== input.flat) return null;
  return { id: apartment.id, params: { flat: apartment.flat, building: apartment.building } };
}

export async function apartmentParams(id: string): Promise<NotificationParams> {
  const [apartment] = await db
    .select({ flat: apartments.flat, building: apartments.building })
    .from(apartments)
    .where(eq(apartments.id, id));
  return { flat: apartment?.flat ?? '', building: apartment?.building ?? '' };
}
