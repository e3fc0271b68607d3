import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db';
import { violation } from '@/db/errors';
import {
  appointments,
  children,
  clinics,
  doctors,
  referrals,
  slots,
  waitlistEntries,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import {
  DISTRICT,
  districtSpecialtyFor,
  isSpecialty,
  needsReferral,
  withinTarget,
  type BookingError,
  type Specialty,
} from '@/lib/health';
import { moscowDate } from '@/lib/city';
import { isUuid } from '@/lib/registry/identifiers';
import {
  bookAppointment,
  directSpecialties,
  patientOf,
  type BookResult,
  type Patient,
  viewersPatient,
} from './appointments';
import { freeAhead, patientColumns } from './appointment-choices';
import { kickMailDelivery } from './mail-outbox';
import { insertNotification } from './notifications';
import { moscowStamp, offerFreedSlot, sendNoticeEmails } from './waitlist-offers';

// The waitlist: a patient who finds no free slot within the waiting-time target joins it; a freed
// slot is offered to whoever joined first (db/queries/waitlist-offers.ts) and held for them for
// OFFER_HOLD_MINUTES. They take it (a booking like any other, which the hold lets through), decline
// it, or let it lapse; either way the slot passes to the next person. An offer that lapses ends the
// entry: someone who does not answer does not hold the queue (decision 015).

export type JoinError =
  | 'notFound'
  | 'alreadyWaiting'
  | 'slotsAvailable'
  | Extract<
      BookingError,
      | 'notRepresentative'
      | 'notAttached'
      | 'wrongDistrictDoctor'
      | 'alreadyBooked'
      | 'referralRequired'
    >;

/**
 * Puts the patient on the waitlist of a specialty at their clinic, when no slot of it is free within
 * the waiting-time target and they could book one if it were.
 */
export async function joinWaitlist(
  viewer: Viewer | null,
  input: { patient: Patient; specialty: string },
  now: Date,
  direct: readonly Specialty[] = directSpecialties(),
): Promise<{ ok: true; entryId: string } | { ok: false; error: JoinError }> {
  if (!canUseResidentServices(viewer) || !isSpecialty(input.specialty))
    return { ok: false, error: 'notFound' };
  const specialty = input.specialty;
  const patient = await patientOf(viewer, input.patient, now);
  if (!patient) return { ok: false, error: 'notFound' };
  if (!patient.representedByBooker) return { ok: false, error: 'notRepresentative' };
  if (patient.attachedClinicId === null) return { ok: false, error: 'notAttached' };
  const clinicId = patient.attachedClinicId;
  if (
    DISTRICT.includes(specialty) &&
    specialty !== 'gp' &&
    specialty !== districtSpecialtyFor(patient.birthDate, now)
  )
    return { ok: false, error: 'wrongDistrictDoctor' };

  const of = patientColumns(viewer, input.patient);
  const [staffed, active, referral, first] = await Promise.all([
    db
      .select({ id: doctors.id })
      .from(doctors)
      .where(and(eq(doctors.clinicId, clinicId), eq(doctors.specialty, specialty)))
      .limit(1),
    db
      .select({ id: appointments.id })
      .from(appointments)
      .where(
        and(
          of.appointment,
          eq(appointments.specialty, specialty),
          eq(appointments.status, 'booked'),
        ),
      ),
    db
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          of.referral,
          eq(referrals.specialty, specialty),
          sql`${referrals.appointmentId} is null`,
          sql`${referrals.validUntil} >= ${moscowDate(now)}::date`,
        ),
      )
      .limit(1),
    db
      .select({ start: sql<string | null>`min(${slots.startsAt})` })
      .from(slots)
      .innerJoin(doctors, eq(doctors.id, slots.doctorId))
      .where(and(eq(doctors.clinicId, clinicId), eq(doctors.specialty, specialty), freeAhead(now))),
  ]);
  if (staffed.length === 0) return { ok: false, error: 'notFound' };
  if (active.length > 0) return { ok: false, error: 'alreadyBooked' };
  if (needsReferral(specialty, direct) && referral.length === 0)
    return { ok: false, error: 'referralRequired' };
  const firstFree = first[0]?.start ? new Date(first[0].start) : null;
  if (withinTarget(firstFree, specialty, now)) return { ok: false, error: 'slotsAvailable' };

  try {
    const [entry] = await db
      .insert(waitlistEntries)
      .values({
        clinicId,
        specialty,
        userId: patient.userId,
        childId: patient.childId,
        addedBy: viewer.id,
        joinedAt: now,
      })
      .returning({ id: waitlistEntries.id });
    return { ok: true, entryId: entry!.id };
  } catch (e) {
    if (violation(e, '23505')?.constraint?.startsWith('waitlist_once_per'))
      return { ok: false, error: 'alreadyWaiting' };
    throw e;
  }
}

/** A waitlist entry whose patient is the viewer or a child they represent now. */
const concerns = (viewer: Viewer) =>
  viewersPatient(viewer, waitlistEntries.userId, waitlistEntries.childId);

/** Leaves the waitlist, or declines the slot offered: a slot held for the patient passes on. */
export async function leaveWaitlist(
  viewer: Viewer | null,
  entryId: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; error: 'notFound' }> {
  if (!canUseResidentServices(viewer) || !isUuid(entryId)) return { ok: false, error: 'notFound' };
  const notices = await db.transaction(async (tx) => {
    const [left] = await tx
      .update(waitlistEntries)
      .set({ status: 'left' })
      .where(
        and(
          eq(waitlistEntries.id, entryId),
          inArray(waitlistEntries.status, ['waiting', 'offered']),
          concerns(viewer),
        ),
      )
      .returning({ status: waitlistEntries.status, slotId: waitlistEntries.offeredSlotId });
    if (!left) return null;
    return left.slotId ? offerFreedSlot(tx, left.slotId, now) : [];
  });
  if (!notices) return { ok: false, error: 'notFound' };
  await sendNoticeEmails(notices);
  return { ok: true };
}

export type TakeResult = BookResult | { ok: false; error: 'offerExpired' };

/**
 * Books the slot offered to the patient. Should it have been booked meanwhile (a booking that began
 * before the offer was made), the patient keeps their place in the queue and is told so.
 */
export async function takeOffer(
  viewer: Viewer | null,
  entryId: string,
  now: Date,
): Promise<TakeResult> {
  if (!canUseResidentServices(viewer) || !isUuid(entryId)) return { ok: false, error: 'notFound' };
  const [entry] = await db
    .select({
      userId: waitlistEntries.userId,
      childId: waitlistEntries.childId,
      status: waitlistEntries.status,
      slotId: waitlistEntries.offeredSlotId,
      expiresAt: waitlistEntries.offerExpiresAt,
    })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.id, entryId), concerns(viewer)));
  if (!entry || (entry.status !== 'offered' && entry.status !== 'expired'))
    return { ok: false, error: 'notFound' };
  if (entry.status === 'expired' || !entry.slotId || !entry.expiresAt || entry.expiresAt <= now)
    return { ok: false, error: 'offerExpired' };
  const patient: Patient = entry.userId
    ? { kind: 'self' }
    : { kind: 'child', childId: entry.childId! };
  const booked = await bookAppointment(viewer, { slotId: entry.slotId, patient }, now);
  if (!booked.ok && booked.error === 'slotTaken')
    await db
      .update(waitlistEntries)
      .set({ status: 'waiting', offeredSlotId: null, offerExpiresAt: null })
      .where(and(eq(waitlistEntries.id, entryId), eq(waitlistEntries.status, 'offered')));
  return booked;
}

export type WaitlistView = {
  id: string;
  specialty: string;
  patient: { key: string; fullName: string | null };
  clinicName: string;
  status: 'waiting' | 'offered';
  joinedAt: Date;
  /** 1-based place among those still waiting for the specialty at the clinic. */
  position: number;
  offer: { slotId: string; start: Date; doctorName: string; room: string; expiresAt: Date } | null;
};

/** The viewer's and their children's places on waitlists, with any slot being held for them. */
export async function listWaitlist(viewer: Viewer | null, now: Date): Promise<WaitlistView[]> {
  if (!canUseResidentServices(viewer)) return [];
  const rows = await db
    .select({
      id: waitlistEntries.id,
      specialty: waitlistEntries.specialty,
      childId: waitlistEntries.childId,
      childName: children.fullName,
      clinicName: clinics.name,
      status: waitlistEntries.status,
      joinedAt: waitlistEntries.joinedAt,
      position: sql<number>`(select count(*)::int from ${waitlistEntries} q
        where q.clinic_id = ${waitlistEntries.clinicId} and q.specialty = ${waitlistEntries.specialty}
          and q.status = 'waiting'
          and (q.joined_at, q.id) <= (${waitlistEntries.joinedAt}, ${waitlistEntries.id}))`,
      slotId: slots.id,
      start: slots.startsAt,
      doctorName: doctors.fullName,
      room: doctors.room,
      expiresAt: waitlistEntries.offerExpiresAt,
    })
    .from(waitlistEntries)
    .innerJoin(clinics, eq(clinics.id, waitlistEntries.clinicId))
    .leftJoin(children, eq(children.id, waitlistEntries.childId))
    .leftJoin(slots, eq(slots.id, waitlistEntries.offeredSlotId))
    .leftJoin(doctors, eq(doctors.id, slots.doctorId))
    .where(and(inArray(waitlistEntries.status, ['waiting', 'offered']), concerns(viewer)))
    .orderBy(asc(waitlistEntries.joinedAt));
  return rows.map((r) => {
    const live = r.status === 'offered' && r.expiresAt !== null && r.expiresAt > now && r.slotId;
    return {
      id: r.id,
      specialty: r.specialty,
      patient: { key: r.childId ?? 'self', fullName: r.childName },
      clinicName: r.clinicName,
      status: r.status === 'offered' ? 'offered' : 'waiting',
      joinedAt: r.joinedAt,
      position: r.position,
      offer: live
        ? {
            slotId: r.slotId!,
            start: r.start!,
            doctorName: r.doctorName!,
            room: r.room!,
            expiresAt: r.expiresAt!,
          }
        : null,
    };
  });
}

/**
 * The job's part: offers whose hold has lapsed end, the patient is told, and each slot passes to the
 * next person waiting. Returns how many offers lapsed.
 */
export async function expireOffers(now: Date): Promise<number> {
  // The lapse, the patient's notice and the slot's next offer commit together (decision 021).
  const lapsed = await db.transaction(async (tx) => {
    const rows = await tx
      .update(waitlistEntries)
      .set({ status: 'expired' })
      .where(and(eq(waitlistEntries.status, 'offered'), lte(waitlistEntries.offerExpiresAt, now)))
      .returning({
        addedBy: waitlistEntries.addedBy,
        specialty: waitlistEntries.specialty,
        slotId: waitlistEntries.offeredSlotId,
      });
    for (const entry of rows) {
      // An offer always names its slot (the status and the column are set together).
      const slotId = entry.slotId!;
      const [slot] = await tx
        .select({ start: slots.startsAt })
        .from(slots)
        .where(eq(slots.id, slotId));
      await insertNotification(
        tx,
        entry.addedBy,
        {
          kind: 'waitlistOfferLapsed',
          params: { specialty: entry.specialty, when: moscowStamp(slot!.start) },
          href: '/health/appointments',
        },
        now,
      );
      await offerFreedSlot(tx, slotId, now);
    }
    return rows.length;
  });
  if (lapsed > 0) await kickMailDelivery();
  return lapsed;
}
