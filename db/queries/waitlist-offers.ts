import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { appointments, children, doctors, slots, waitlistEntries } from '@/db/schema';
import { offerExpiresAt } from '@/lib/health';
import { moscowWallClock } from '@/lib/city';
import { kickMailDelivery } from './mail-outbox';
import { insertNotification, type NotificationMessage } from './notifications';

// The waitlist's side of a slot changing hands, inside the transaction that changes it: a freed slot
// is offered to whoever has waited longest for its specialty at its clinic and held for them for
// OFFER_HOLD_MINUTES; a booking settles the patient's own entry. Each notice is written in that same
// transaction (the outbox: decision 021) and returned, so the caller can send its e-mail copies once
// the transaction has committed (`sendNoticeEmails`).

export type Notice = { userId: string; message: NotificationMessage };

/** After the transaction that wrote them commits: their e-mail copies go now (never rejects). */
export function sendNoticeEmails(notices: readonly Notice[]): Promise<void> {
  return notices.length > 0 ? kickMailDelivery() : Promise.resolve();
}

/** `28.11.2026 10:00` in Moscow time: the same in both languages of a notice. */
export function moscowStamp(at: Date): string {
  const w = moscowWallClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(w.day)}.${two(w.month)}.${w.year} ${two(w.hour)}:${two(w.minute)}`;
}

/**
 * Offers a freed slot to the first patient waiting for it, if the slot is still free and starts after
 * the hold would end. Entries are taken in queue order with SKIP LOCKED, so two slots freed at once go
 * to two different people.
 */
export async function offerFreedSlot(tx: Tx, slotId: string, now: Date): Promise<Notice[]> {
  const expires = offerExpiresAt(now);
  const [slot] = await tx
    .select({
      start: slots.startsAt,
      clinicId: doctors.clinicId,
      specialty: doctors.specialty,
      doctorName: doctors.fullName,
      room: doctors.room,
    })
    .from(slots)
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .where(
      and(
        eq(slots.id, slotId),
        sql`not exists (select 1 from ${appointments} a
                        where a.slot_id = ${slots.id} and a.status = 'booked')`,
      ),
    );
  if (!slot || slot.start.getTime() <= expires.getTime()) return [];
  // An offer of this slot that lapsed but was not yet swept gives way (one live offer per slot).
  await tx
    .update(waitlistEntries)
    .set({ status: 'expired' })
    .where(
      and(
        eq(waitlistEntries.offeredSlotId, slotId),
        eq(waitlistEntries.status, 'offered'),
        lte(waitlistEntries.offerExpiresAt, now),
      ),
    );
  const [offered] = await tx
    .update(waitlistEntries)
    .set({ status: 'offered', offeredSlotId: slotId, offerExpiresAt: expires })
    .where(
      eq(
        waitlistEntries.id,
        sql`(select w.id from ${waitlistEntries} w
             where w.clinic_id = ${slot.clinicId}::uuid and w.specialty = ${slot.specialty}
               and w.status = 'waiting'
               and not exists (select 1 from ${waitlistEntries} o
                               where o.offered_slot_id = ${slotId}::uuid and o.status = 'offered')
             order by w.joined_at, w.id
             limit 1 for update skip locked)`,
      ),
    )
    .returning({
      id: waitlistEntries.id,
      addedBy: waitlistEntries.addedBy,
      childId: waitlistEntries.childId,
    });
  if (!offered) return [];
  const [child] = offered.childId
    ? await tx
        .select({ fullName: children.fullName })
        .from(children)
        .where(eq(children.id, offered.childId))
    : [];
  const notice: Notice = {
    userId: offered.addedBy,
    message: {
      kind: 'waitlistOffer',
      params: {
        specialty: slot.specialty,
        doctor: slot.doctorName,
        room: slot.room,
        when: moscowStamp(slot.start),
        until: moscowStamp(expires),
        patient: child?.fullName ?? 'self',
      },
      href: `/health/appointments/waitlist#${offered.id}`,
    },
  };
  await insertNotification(tx, notice.userId, notice.message, now);
  return [notice];
}

/**
 * After a booking of `specialty` for the patient: their place on its waitlist is served, and a slot
 * that was being held for them elsewhere passes on to the next person.
 */
export async function settleWaitlist(
  tx: Tx,
  patient: { userId: string | null; childId: string | null },
  specialty: string,
  bookedSlotId: string,
  now: Date,
): Promise<Notice[]> {
  const served = await tx
    .update(waitlistEntries)
    .set({ status: 'served' })
    .where(
      and(
        patient.userId
          ? eq(waitlistEntries.userId, patient.userId)
          : eq(waitlistEntries.childId, patient.childId!),
        eq(waitlistEntries.specialty, specialty),
        inArray(waitlistEntries.status, ['waiting', 'offered']),
      ),
    )
    .returning({ offeredSlotId: waitlistEntries.offeredSlotId, status: waitlistEntries.status });
  const notices: Notice[] = [];
  for (const entry of served)
    if (entry.offeredSlotId && entry.offeredSlotId !== bookedSlotId)
      notices.push(...(await offerFreedSlot(tx, entry.offeredSlotId, now)));
  return notices;
}

/** Whether the slot is held right now for someone on the waitlist other than this patient. */
export async function heldForAnother(
  tx: Tx,
  slotId: string,
  patient: { userId: string | null; childId: string | null },
  now: Date,
): Promise<boolean> {
  const [held] = await tx
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.offeredSlotId, slotId),
        eq(waitlistEntries.status, 'offered'),
        sql`${waitlistEntries.offerExpiresAt} > ${now.toISOString()}::timestamptz`,
        patient.userId
          ? sql`${waitlistEntries.userId} is distinct from ${patient.userId}::uuid`
          : sql`${waitlistEntries.childId} is distinct from ${patient.childId}::uuid`,
      ),
    );
  return !!held;
}
