import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq, gte, isNull, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { db, prepared, type Db, type Tx } from '@/db';
import { violation } from '@/db/errors';
import {
  appointments,
  childLinks,
  children,
  clinicAttachments,
  clinics,
  doctors,
  referrals,
  slots,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import {
  canChange,
  checkBooking,
  isMinor,
  isSpecialty,
  type BookingError,
  type Specialty,
} from '@/lib/health';
import { env } from '@/server/env';
import { moscowDate } from '@/lib/city';
import { isUuid } from '@/lib/registry/identifiers';
import { recordUse } from './usage';
import {
  heldForAnother,
  offerFreedSlot,
  sendNoticeEmails,
  settleWaitlist,
  type Notice,
} from './waitlist-offers';

// Booking a doctor for oneself or for a child one represents. The rules are lib/health's; the
// partial unique indexes of db/schema/health.ts are the guarantees under concurrency: a slot is
// booked once, and a patient holds one booking per specialty. A referral is used up by the booking
// that takes it (its own unique index), so two bookings cannot share one.

export type Patient = { kind: 'self' } | { kind: 'child'; childId: string };

export type BookResult =
  | { ok: true; appointmentId: string; number: string }
  | { ok: false; error: BookingError | 'notFound' | 'slotTaken' };

/** Registration asks no birth date, and the portal's accounts are adults'. */
export const ADULT = '1900-01-01';

/** The specialties this deployment lets residents book without a referral (district doctors always). */
export const directSpecialties = (): readonly Specialty[] => env().DIRECT_BOOKING_SPECIALTIES;

export type PatientRow = {
  userId: string | null;
  childId: string | null;
  birthDate: string;
  attachedClinicId: string | null;
  representedByBooker: boolean;
};

/**
 * The patient as the rules see them; null for a child the viewer has not linked (answered as not
 * found). A linked child is represented by the viewer until their 18th birthday; after it they book
 * for themselves.
 */
export async function patientOf(
  viewer: Viewer,
  patient: Patient,
  now: Date,
): Promise<PatientRow | null> {
  if (patient.kind === 'self') {
    const [row] = await db
      .select({ clinicId: clinicAttachments.clinicId })
      .from(clinicAttachments)
      .where(eq(clinicAttachments.userId, viewer.id));
    return {
      userId: viewer.id,
      childId: null,
      birthDate: ADULT,
      attachedClinicId: row?.clinicId ?? null,
      representedByBooker: true,
    };
  }
  if (!isUuid(patient.childId)) return null;
  const [row] = await db
    .select({ birthDate: children.birthDate, clinicId: clinicAttachments.clinicId })
    .from(childLinks)
    .innerJoin(children, eq(children.id, childLinks.childId))
    .leftJoin(clinicAttachments, eq(clinicAttachments.childId, children.id))
    .where(and(eq(childLinks.childId, patient.childId), eq(childLinks.userId, viewer.id)));
  if (!row) return null;
  return {
    userId: null,
    childId: patient.childId,
    birthDate: row.birthDate,
    attachedClinicId: row.clinicId,
    representedByBooker: isMinor(row.birthDate, now),
  };
}

const ofPatient = (p: PatientRow) =>
  p.userId ? eq(appointments.userId, p.userId) : eq(appointments.childId, p.childId!);
const referralOfPatient = (p: PatientRow) =>
  p.userId ? eq(referrals.userId, p.userId) : eq(referrals.childId, p.childId!);

/** A row whose patient (its user and child columns) is the viewer or a child they represent now. */
export const viewersPatient = (viewer: Viewer, userId: AnyColumn, childId: AnyColumn) =>
  viewersPatientBy(viewer.id, userId, childId);

/** The same, for a user id given as a value or as a prepared statement's placeholder. */
const viewersPatientBy = (viewerId: string | SQLWrapper, userId: AnyColumn, childId: AnyColumn) =>
  sql`(${userId} = ${viewerId}::uuid
       or exists (select 1 from ${childLinks} l
                  where l.child_id = ${childId} and l.user_id = ${viewerId}::uuid))`;

/** An appointment whose patient is the viewer or a child they represent now. */
const concerns = (viewer: Viewer) =>
  viewersPatient(viewer, appointments.userId, appointments.childId);

/** A slot with its doctor's clinic and specialty. */
async function slotOf(slotId: string) {
  const [slot] = await db
    .select({ start: slots.startsAt, clinicId: doctors.clinicId, specialty: doctors.specialty })
    .from(slots)
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .where(eq(slots.id, slotId));
  return slot ?? null;
}

/**
 * Books a slot for the viewer or a child of theirs. Whoever loses a race for the slot is told it was
 * just taken (never a server error); a second booking of the same specialty is refused.
 */
export async function bookAppointment(
  viewer: Viewer | null,
  input: { slotId: string; patient: Patient },
  now: Date,
  direct: readonly Specialty[] = directSpecialties(),
): Promise<BookResult> {
  if (!canUseResidentServices(viewer) || !isUuid(input.slotId))
    return { ok: false, error: 'notFound' };
  const patient = await patientOf(viewer, input.patient, now);
  if (!patient) return { ok: false, error: 'notFound' };
  const slot = await slotOf(input.slotId);
  if (!slot || !isSpecialty(slot.specialty)) return { ok: false, error: 'notFound' };
  const specialty = slot.specialty;

  const [active, referral] = await Promise.all([
    db
      .select({ specialty: appointments.specialty })
      .from(appointments)
      .where(and(ofPatient(patient), eq(appointments.status, 'booked'))),
    db
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          referralOfPatient(patient),
          eq(referrals.specialty, specialty),
          isNull(referrals.appointmentId),
          gte(referrals.validUntil, moscowDate(now)),
        ),
      )
      .limit(1),
  ]);
  const decision = checkBooking({
    now,
    slot: { start: slot.start, clinicId: slot.clinicId, specialty },
    patient: { ...patient, isSelf: input.patient.kind === 'self' },
    direct,
    referralAvailable: referral.length > 0,
    activeSpecialties: active.map((a) => a.specialty).filter(isSpecialty),
  });
  if (!decision.ok) return decision;

  let notices: Notice[] = [];
  try {
    const result = await db.transaction(async (tx) => {
      const booked = await insertAppointment(tx, {
        slotId: input.slotId,
        userId: patient.userId,
        childId: patient.childId,
        specialty,
        bookedBy: viewer.id,
        createdAt: now,
      });
      // Read after the insert, which waited for any transaction that freed the slot: a slot freed and
      // offered to someone on the waitlist is theirs while the offer stands.
      if (await heldForAnother(tx, input.slotId, patient, now)) throw new Refused('slotTaken');
      if (decision.usesReferral) {
        // Taken by this booking; a concurrent booking that used the same referral finds none left.
        const [used] = await tx
          .update(referrals)
          .set({ appointmentId: booked.id })
          .where(
            eq(
              referrals.id,
              sql`(select r.id from ${referrals} r
                   where ${patient.userId ? sql`r.user_id = ${patient.userId}::uuid` : sql`r.child_id = ${patient.childId}::uuid`}
                     and r.specialty = ${specialty} and r.appointment_id is null
                     and r.valid_until >= ${moscowDate(now)}::date
                   limit 1 for update skip locked)`,
            ),
          )
          .returning({ id: referrals.id });
        if (!used) throw new Refused('referralRequired');
      }
      notices = await settleWaitlist(tx, patient, specialty, input.slotId, now);
      await recordUse('doctor-appointments', { userId: viewer.id }, { tx, at: now });
      return { ok: true as const, appointmentId: booked.id, number: booked.number };
    });
    await sendNoticeEmails(notices);
    return result;
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    const constraint = violation(e, '23505')?.constraint;
    if (constraint === 'appointments_slot_booked_once') return { ok: false, error: 'slotTaken' };
    if (constraint?.startsWith('appointments_one_per_specialty'))
      return { ok: false, error: 'alreadyBooked' };
    throw e;
  }
}

class Refused extends Error {
  constructor(readonly error: BookingError | 'slotTaken') {
    super(error);
  }
}

/** Posts the waitlist's notices once their transaction has committed. */
/** An appointment number like `З-2014-11-04821937`: random, so it tells nothing about others. */
async function insertAppointment(
  tx: Tx,
  values: Omit<typeof appointments.$inferInsert, 'number'>,
): Promise<{ id: string; number: string }> {
  for (;;) {
    const at = (values.createdAt as Date).toISOString();
    const number = `З-${at.slice(0, 7)}-${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    const [row] = await tx
      .insert(appointments)
      .values({ ...values, number })
      .onConflictDoNothing({ target: appointments.number })
      .returning({ id: appointments.id, number: appointments.number });
    if (row) return row;
  }
}

export type ChangeResult =
  | { ok: true; appointmentId: string; number: string }
  | { ok: false; error: 'notFound' | 'tooLate' | 'slotTaken' | BookingError };

/** A booked appointment the viewer may change: their own or a represented child's. */
async function changeable(viewer: Viewer, appointmentId: string) {
  if (!isUuid(appointmentId)) return null;
  const [row] = await db
    .select({
      id: appointments.id,
      slotId: appointments.slotId,
      userId: appointments.userId,
      childId: appointments.childId,
      specialty: appointments.specialty,
      start: slots.startsAt,
      clinicId: doctors.clinicId,
    })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .where(
      and(eq(appointments.id, appointmentId), eq(appointments.status, 'booked'), concerns(viewer)),
    );
  return row ?? null;
}

/** Cancels an appointment until 2 hours before it; a referral it used is given back. */
export async function cancelAppointment(
  viewer: Viewer | null,
  appointmentId: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; error: 'notFound' | 'tooLate' }> {
  if (!canUseResidentServices(viewer)) return { ok: false, error: 'notFound' };
  const current = await changeable(viewer, appointmentId);
  if (!current) return { ok: false, error: 'notFound' };
  if (!canChange(now, current.start)) return { ok: false, error: 'tooLate' };
  const outcome = await db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(appointments.id, current.id), eq(appointments.status, 'booked')))
      .returning({ id: appointments.id });
    if (!cancelled) return null;
    await tx
      .update(referrals)
      .set({ appointmentId: null })
      .where(eq(referrals.appointmentId, current.id));
    return offerFreedSlot(tx, current.slotId, now);
  });
  if (!outcome) return { ok: false, error: 'notFound' };
  await sendNoticeEmails(outcome);
  return { ok: true };
}

/**
 * Moves an appointment to another free slot of the same specialty in the same clinic, until 2 hours
 * before the current one. One transaction: the old booking is cancelled and the new one made (with
 * its referral carried over), or nothing changes.
 */
export async function moveAppointment(
  viewer: Viewer | null,
  input: { appointmentId: string; slotId: string },
  now: Date,
): Promise<ChangeResult> {
  if (!canUseResidentServices(viewer) || !isUuid(input.slotId))
    return { ok: false, error: 'notFound' };
  const current = await changeable(viewer, input.appointmentId);
  if (!current) return { ok: false, error: 'notFound' };
  if (!canChange(now, current.start)) return { ok: false, error: 'tooLate' };
  const slot = await slotOf(input.slotId);
  if (!slot || slot.specialty !== current.specialty) return { ok: false, error: 'notFound' };
  if (slot.clinicId !== current.clinicId) return { ok: false, error: 'otherClinic' };
  if (slot.start.getTime() <= now.getTime()) return { ok: false, error: 'slotInPast' };
  let notices: Notice[] = [];
  try {
    const result = await db.transaction(async (tx) => {
      const [cancelled] = await tx
        .update(appointments)
        .set({ status: 'cancelled', cancelledAt: now })
        .where(and(eq(appointments.id, current.id), eq(appointments.status, 'booked')))
        .returning({ id: appointments.id });
      if (!cancelled) return { ok: false as const, error: 'notFound' as const };
      const moved = await insertAppointment(tx, {
        slotId: input.slotId,
        userId: current.userId,
        childId: current.childId,
        specialty: current.specialty,
        bookedBy: viewer.id,
        createdAt: now,
      });
      if (await heldForAnother(tx, input.slotId, current, now)) throw new Refused('slotTaken');
      await tx
        .update(referrals)
        .set({ appointmentId: moved.id })
        .where(eq(referrals.appointmentId, current.id));
      notices = await offerFreedSlot(tx, current.slotId, now);
      return { ok: true as const, appointmentId: moved.id, number: moved.number };
    });
    await sendNoticeEmails(notices);
    return result;
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    if (violation(e, '23505')?.constraint === 'appointments_slot_booked_once')
      return { ok: false, error: 'slotTaken' };
    throw e;
  }
}

export type AppointmentView = {
  id: string;
  number: string;
  status: 'booked' | 'cancelled' | 'past';
  start: Date;
  minutes: number;
  specialty: string;
  doctorName: string;
  room: string;
  clinicName: string;
  clinicAddress: string;
  /** Null for the viewer themselves. */
  child: { id: string; fullName: string } | null;
  /** Whether it can still be cancelled or moved (until 2 hours before). */
  changeable: boolean;
};

/** Appointments with their doctor, clinic and child, soonest first. */
const appointmentColumns = {
  id: appointments.id,
  number: appointments.number,
  status: appointments.status,
  start: slots.startsAt,
  minutes: slots.minutes,
  specialty: appointments.specialty,
  doctorName: doctors.fullName,
  room: doctors.room,
  clinicName: clinics.name,
  clinicAddress: clinics.address,
  childId: children.id,
  childName: children.fullName,
};

const selectAppointments = (d: Db, where: SQL) =>
  d
    .select(appointmentColumns)
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .innerJoin(clinics, eq(clinics.id, doctors.clinicId))
    .leftJoin(children, eq(children.id, appointments.childId))
    .where(where)
    .orderBy(slots.startsAt)
    .limit(500);

type AppointmentRow = Awaited<ReturnType<typeof selectAppointments>>[number];

const toView =
  (now: Date) =>
  ({ childId, childName, ...r }: AppointmentRow): AppointmentView => ({
    ...r,
    child: childId ? { id: childId, fullName: childName! } : null,
    changeable: r.status === 'booked' && canChange(now, r.start),
  });

function appointmentViews(where: SQL, now: Date) {
  return selectAppointments(db, where).then((rows) => rows.map(toView(now)));
}

/** The viewer's and their linked children's appointments: upcoming first (soonest), then the past. */
export async function listAppointments(
  viewer: Viewer | null,
  now: Date,
): Promise<{ upcoming: AppointmentView[]; past: AppointmentView[] }> {
  if (!canUseResidentServices(viewer)) return { upcoming: [], past: [] };
  // The cabinet's «due this month» and the appointments page read this on every visit: prepared once.
  const rows = await prepared('my_appointments', (d) =>
    selectAppointments(
      d,
      viewersPatientBy(sql.placeholder('userId'), appointments.userId, appointments.childId),
    ).prepare('my_appointments'),
  ).execute({ userId: viewer.id });
  const views = rows.map(toView(now));
  const isUpcoming = (v: AppointmentView) => v.status === 'booked' && v.start > now;
  return {
    upcoming: views.filter(isUpcoming),
    past: views.filter((v) => !isUpcoming(v)).reverse(),
  };
}

/** One appointment of the viewer or a child they represent (the ticket); null for anyone else's. */
export async function getAppointment(
  viewer: Viewer | null,
  appointmentId: string,
  now: Date,
): Promise<AppointmentView | null> {
  if (!canUseResidentServices(viewer) || !isUuid(appointmentId)) return null;
  const [view] = await appointmentViews(
    and(eq(appointments.id, appointmentId), concerns(viewer))!,
    now,
  );
  return view ?? null;
}
