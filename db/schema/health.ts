import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { children, clinics } from './registry';

// Doctor appointments: who is attached to which clinic, its doctors and their weekly hours, the
// slots generated from them, and the bookings. A patient is a registered person or a child; each
// table that names one has exactly one of the two columns set. Specialties are the codes of
// lib/health/specialties.ts.

/** Which clinic a person or a child is attached to (by their medical insurance policy). */
export const clinicAttachments = pgTable(
  'clinic_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id),
    userId: uuid()
      .unique()
      .references(() => users.id),
    childId: uuid()
      .unique()
      .references(() => children.id),
  },
  (t) => [
    check('clinic_attachments_one_patient', sql`num_nonnulls(${t.userId}, ${t.childId}) = 1`),
  ],
);

export const doctors = pgTable(
  'doctors',
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id),
    fullName: text().notNull(),
    specialty: text().notNull(),
    room: text().notNull(),
  },
  (t) => [
    index('doctors_clinic_specialty_idx').on(t.clinicId, t.specialty),
    unique('doctors_name_in_clinic').on(t.clinicId, t.fullName),
  ],
);

/** A doctor's working hours on an ISO weekday (Monday 1), Moscow time, `HH:MM`. */
export const doctorHours = pgTable(
  'doctor_hours',
  {
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    weekday: smallint().notNull(),
    startsAt: text().notNull(),
    endsAt: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.doctorId, t.weekday, t.startsAt] }),
    check('doctor_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check(
      'doctor_hours_times',
      sql`${t.startsAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.endsAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.startsAt} < ${t.endsAt}`,
    ),
  ],
);

export const doctorDaysOff = pgTable(
  'doctor_days_off',
  {
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    day: date().notNull(),
  },
  (t) => [primaryKey({ columns: [t.doctorId, t.day] })],
);

/** A bookable time of a doctor; regenerating the next 14 days adds what is missing and keeps the rest. */
export const slots = pgTable(
  'slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    doctorId: uuid()
      .notNull()
      .references(() => doctors.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    minutes: smallint().notNull(),
  },
  (t) => [
    unique('slots_one_per_doctor_time').on(t.doctorId, t.startsAt),
    index('slots_time_idx').on(t.startsAt),
  ],
);

/** A referral from a doctor to a specialist: booking uses it up, cancelling gives it back. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id),
    childId: uuid().references(() => children.id),
    specialty: text().notNull(),
    issuedOn: date().notNull(),
    validUntil: date().notNull(),
    /** The booking that uses it, while it stands. */
    appointmentId: uuid(),
  },
  (t) => [
    check('referrals_one_patient', sql`num_nonnulls(${t.userId}, ${t.childId}) = 1`),
    uniqueIndex('referrals_used_once')
      .on(t.appointmentId)
      .where(sql`${t.appointmentId} is not null`),
  ],
);

/**
 * A booking. The partial unique indexes are the guarantees: a slot is booked once, and a patient has
 * one booked appointment per specialty (past ones are closed by the slots job).
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Shown on the ticket, e.g. `З-2014-11-04821937`. */
    number: text().notNull().unique(),
    slotId: uuid()
      .notNull()
      .references(() => slots.id),
    userId: uuid().references(() => users.id),
    childId: uuid().references(() => children.id),
    specialty: text().notNull(),
    bookedBy: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: ['booked', 'cancelled', 'past'] })
      .notNull()
      .default('booked'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('appointments_one_patient', sql`num_nonnulls(${t.userId}, ${t.childId}) = 1`),
    uniqueIndex('appointments_slot_booked_once')
      .on(t.slotId)
      .where(sql`${t.status} = 'booked'`),
    uniqueIndex('appointments_one_per_specialty_user')
      .on(t.userId, t.specialty)
      .where(sql`${t.status} = 'booked' and ${t.userId} is not null`),
    uniqueIndex('appointments_one_per_specialty_child')
      .on(t.childId, t.specialty)
      .where(sql`${t.status} = 'booked' and ${t.childId} is not null`),
    index('appointments_booked_by_idx').on(t.bookedBy, t.createdAt),
  ],
);

/** Waiting for a slot when none is free within the waiting-time target; served first come, first served. */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id),
    specialty: text().notNull(),
    userId: uuid().references(() => users.id),
    childId: uuid().references(() => children.id),
    addedBy: uuid()
      .notNull()
      .references(() => users.id),
    status: text({ enum: ['waiting', 'offered', 'served', 'left', 'expired'] })
      .notNull()
      .default('waiting'),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    offeredSlotId: uuid().references(() => slots.id),
    offerExpiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('waitlist_one_patient', sql`num_nonnulls(${t.userId}, ${t.childId}) = 1`),
    index('waitlist_queue_idx').on(t.clinicId, t.specialty, t.joinedAt),
    uniqueIndex('waitlist_once_per_user')
      .on(t.userId, t.specialty)
      .where(sql`${t.status} in ('waiting', 'offered') and ${t.userId} is not null`),
    uniqueIndex('waitlist_once_per_child')
      .on(t.childId, t.specialty)
      .where(sql`${t.status} in ('waiting', 'offered') and ${t.childId} is not null`),
    uniqueIndex('waitlist_slot_offered_once')
      .on(t.offeredSlotId)
      .where(sql`${t.status} = 'offered'`),
  ],
);
