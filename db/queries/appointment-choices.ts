import 'server-only';
import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  appointments,
  childLinks,
  children,
  clinicAttachments,
  clinics,
  doctors,
  referrals,
  slots,
  users,
  waitlistEntries,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import {
  DISTRICT,
  districtSpecialtyFor,
  isMinor,
  isSpecialty,
  needsReferral,
  specialties,
  withinTarget,
  type Specialty,
} from '@/lib/health';
import { CITY_TIME_ZONE, moscowDate } from '@/lib/city';
import { ADULT, directSpecialties, type Patient } from './appointments';
import { SLOT_DAYS } from './health-slots';

// What the booking page offers, step by step: whom the viewer may book for, which specialties that
// patient may book at their own clinic, and the free slots of a specialty's doctors grouped by day.
// The booking itself re-checks everything (db/queries/appointments.ts): these reads only guide.

export type PatientChoice = {
  /** Whose choice it is: the reads below answer only that viewer. */
  viewerId: string;
  /** `self` or the child's id: the page's `patient` parameter. */
  key: string;
  patient: Patient;
  fullName: string;
  clinic: { id: string; name: string; address: string } | null;
  /** The district doctor for the patient's age today. */
  district: Specialty;
};

/** The viewer and the children they represent, each with the clinic they are attached to. */
export async function patientChoices(viewer: Viewer | null, now: Date): Promise<PatientChoice[]> {
  if (!canUseResidentServices(viewer)) return [];
  const clinic = {
    id: clinics.id,
    name: clinics.name,
    address: clinics.address,
  };
  const [self, kids] = await Promise.all([
    db
      .select({ fullName: users.fullName, clinic })
      .from(users)
      .leftJoin(clinicAttachments, eq(clinicAttachments.userId, users.id))
      .leftJoin(clinics, eq(clinics.id, clinicAttachments.clinicId))
      .where(eq(users.id, viewer.id)),
    db
      .select({
        id: children.id,
        fullName: children.fullName,
        birthDate: children.birthDate,
        clinic,
      })
      .from(childLinks)
      .innerJoin(children, eq(children.id, childLinks.childId))
      .leftJoin(clinicAttachments, eq(clinicAttachments.childId, children.id))
      .leftJoin(clinics, eq(clinics.id, clinicAttachments.clinicId))
      .where(eq(childLinks.userId, viewer.id))
      .orderBy(asc(children.birthDate), asc(children.id)),
  ]);
  return [
    ...self.map((s) => ({
      viewerId: viewer.id,
      key: 'self',
      patient: { kind: 'self' } as const,
      fullName: s.fullName,
      clinic: s.clinic,
      district: districtSpecialtyFor(ADULT, now),
    })),
    // A child is booked by a parent until their 18th birthday; after it, by themselves.
    ...kids
      .filter((k) => isMinor(k.birthDate, now))
      .map((k) => ({
        viewerId: viewer.id,
        key: k.id,
        patient: { kind: 'child', childId: k.id } as const,
        fullName: k.fullName,
        clinic: k.clinic,
        district: districtSpecialtyFor(k.birthDate, now),
      })),
  ];
}

/** The choice named by the page's `patient` parameter; null when it is not the viewer's to book for. */
export function choiceOf(choices: readonly PatientChoice[], key: string | undefined) {
  return choices.find((c) => c.key === key) ?? null;
}

export type SpecialtyChoice = {
  specialty: Specialty;
  /** How it may be booked: directly, with a referral the patient holds, or not without one. */
  access: 'direct' | 'referral' | 'needsReferral';
  referralValidUntil: string | null;
  /** The patient's active booking of this specialty (one at a time). */
  booked: { id: string; start: Date } | null;
  /** The patient's place on this specialty's waitlist, if any. */
  waiting: boolean;
};

/**
 * The specialties the patient's clinic has doctors for, in the catalogue's order. The district doctor
 * shown is the one for the patient's age (and a GP where the clinic has one).
 */
export async function specialtyChoices(
  viewer: Viewer | null,
  choice: PatientChoice,
  now: Date,
  direct: readonly Specialty[] = directSpecialties(),
): Promise<SpecialtyChoice[]> {
  if (!canUseResidentServices(viewer) || choice.viewerId !== viewer.id || !choice.clinic) return [];
  const of = patientColumns(viewer, choice.patient);
  const [offered, held, active, queued] = await Promise.all([
    db
      .selectDistinct({ specialty: doctors.specialty })
      .from(doctors)
      .where(eq(doctors.clinicId, choice.clinic.id)),
    db
      .select({
        specialty: referrals.specialty,
        validUntil: sql<string>`max(${referrals.validUntil})`,
      })
      .from(referrals)
      .where(
        and(
          of.referral,
          isNull(referrals.appointmentId),
          sql`${referrals.validUntil} >= ${moscowDate(now)}::date`,
        ),
      )
      .groupBy(referrals.specialty),
    db
      .select({ id: appointments.id, specialty: appointments.specialty, start: slots.startsAt })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(and(of.appointment, eq(appointments.status, 'booked'))),
    db
      .select({ specialty: waitlistEntries.specialty })
      .from(waitlistEntries)
      .where(and(of.waitlist, sql`${waitlistEntries.status} in ('waiting', 'offered')`)),
  ]);
  const has = new Set(offered.map((o) => o.specialty));
  return specialties
    .map((s) => s.code)
    .filter((code) => has.has(code))
    .filter((code) => !DISTRICT.includes(code) || code === 'gp' || code === choice.district)
    .map((specialty): SpecialtyChoice => {
      const referral = held.find((r) => r.specialty === specialty);
      const booking = active.find((a) => a.specialty === specialty);
      return {
        specialty,
        access: !needsReferral(specialty, direct)
          ? 'direct'
          : referral
            ? 'referral'
            : 'needsReferral',
        referralValidUntil: referral?.validUntil ?? null,
        booked: booking ? { id: booking.id, start: booking.start } : null,
        waiting: queued.some((q) => q.specialty === specialty),
      };
    });
}

export type DoctorSlots = {
  id: string;
  fullName: string;
  room: string;
  firstFree: Date | null;
  freeCount: number;
};

export type FreeSlots = {
  doctors: DoctorSlots[];
  /** The chosen doctor's days with free time (Moscow days, soonest first) and how many on each. */
  days: { day: string; count: number }[];
  /** The day whose times are shown: the one asked for when it has free time, else the first. */
  shownDay: string | null;
  /** The chosen doctor's free times on the shown day. */
  slots: { id: string; start: Date; minutes: number }[];
  /** The earliest free slot of any of the specialty's doctors, and whether it meets the target. */
  firstFree: Date | null;
  withinTarget: boolean;
};

/** A slot nobody holds: not booked, and not offered to someone on the waitlist right now. */
export const isFree = (now: Date) => sql`not exists (
    select 1 from ${appointments} a where a.slot_id = ${slots.id} and a.status = 'booked')
  and not exists (
    select 1 from ${waitlistEntries} w
    where w.offered_slot_id = ${slots.id} and w.status = 'offered'
      and w.offer_expires_at > ${now.toISOString()}::timestamptz)`;

/** A free slot from now to the end of the slots horizon. */
export const freeAhead = (now: Date) =>
  and(
    gt(slots.startsAt, now),
    lt(slots.startsAt, new Date(now.getTime() + (SLOT_DAYS + 1) * 86_400_000)),
    isFree(now),
  );

// A literal, not a parameter: the same expression is grouped and ordered by.
const cityZone = sql.raw(`'${CITY_TIME_ZONE}'`);

/** A slot's Moscow calendar day, `YYYY-MM-DD`, computed by PostgreSQL. */
const moscowDay = sql<string>`to_char(${slots.startsAt} at time zone ${cityZone}, 'YYYY-MM-DD')`;

/**
 * The free slots of a specialty at the patient's clinic from now to the end of the slots horizon: each
 * doctor with their first free time; for the chosen doctor, their days with free time and one day's
 * times (a fortnight of times at once is hundreds of buttons: too long to scroll on a phone).
 */
export async function freeSlots(
  viewer: Viewer | null,
  choice: PatientChoice,
  specialty: string,
  doctorId: string | undefined,
  now: Date,
  day?: string,
): Promise<FreeSlots | null> {
  if (
    !canUseResidentServices(viewer) ||
    choice.viewerId !== viewer.id ||
    !choice.clinic ||
    !isSpecialty(specialty)
  )
    return null;
  const window = freeAhead(now);
  const staff = await db
    .select({
      id: doctors.id,
      fullName: doctors.fullName,
      room: doctors.room,
      firstFree: sql<string | null>`min(${slots.startsAt})`,
      freeCount: sql<number>`count(${slots.id})::int`,
    })
    .from(doctors)
    .leftJoin(slots, and(eq(slots.doctorId, doctors.id), window))
    .where(and(eq(doctors.clinicId, choice.clinic.id), eq(doctors.specialty, specialty)))
    .groupBy(doctors.id)
    .orderBy(asc(doctors.fullName));
  const doctorRows = staff.map((d) => ({
    ...d,
    firstFree: d.firstFree === null ? null : new Date(d.firstFree),
  }));
  const chosen = doctorRows.find((d) => d.id === doctorId);
  const firstFree = doctorRows
    .map((d) => d.firstFree)
    .filter((d): d is Date => d !== null)
    .reduce<Date | null>((a, b) => (a === null || b < a ? b : a), null);
  const answer = {
    doctors: doctorRows,
    firstFree,
    withinTarget: withinTarget(firstFree, specialty, now),
  };
  if (!chosen || chosen.freeCount === 0) return { ...answer, days: [], shownDay: null, slots: [] };

  const mine = and(eq(slots.doctorId, chosen.id), window);
  const days = await db
    .select({ day: moscowDay, count: sql<number>`count(*)::int` })
    .from(slots)
    .where(mine)
    .groupBy(moscowDay)
    .orderBy(moscowDay);
  const shownDay = days.find((d) => d.day === day)?.day ?? days[0]?.day ?? null;
  const dayRows = shownDay
    ? await db
        .select({ id: slots.id, start: slots.startsAt, minutes: slots.minutes })
        .from(slots)
        .where(and(mine, sql`${moscowDay} = ${shownDay}`))
        .orderBy(asc(slots.startsAt))
    : [];
  return { ...answer, days, shownDay, slots: dayRows };
}

/** Conditions naming one patient in each table that has the two patient columns. */
export function patientColumns(viewer: Viewer, patient: Patient) {
  const self = patient.kind === 'self';
  const id = self ? viewer.id : patient.childId;
  return {
    appointment: self ? eq(appointments.userId, id) : eq(appointments.childId, id),
    referral: self ? eq(referrals.userId, id) : eq(referrals.childId, id),
    waitlist: self ? eq(waitlistEntries.userId, id) : eq(waitlistEntries.childId, id),
  };
}
