import { z } from 'zod';
import { isSpecialty, type Specialty } from '@/lib/health/specialties';
import { isUuid } from '@/lib/registry/identifiers';

// What the appointment forms post and the addresses their answers lead to. The forms are plain
// server-rendered forms, so a refusal travels back as `?error=<key of health.errors>` on the page the
// form was on; only the keys below are ever shown.

const uuid = z.string().refine(isUuid);
/** `self` or a child's id: the booking page's `patient` parameter. */
const patientKey = z.string().refine((v) => v === 'self' || isUuid(v));
const specialty = z.string().refine(isSpecialty) as z.ZodType<Specialty, string>;
/** A field that only rebuilds the address to return to: dropped when it is not well formed. */
const optional = <T>(schema: z.ZodType<T, string>) => schema.optional().catch(undefined);

/** A Moscow calendar day as the time step's `day` parameter carries it. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/) as z.ZodType<string, string>;

export const bookInput = z.object({
  slotId: uuid,
  patient: patientKey,
  specialty: optional(specialty),
  doctor: optional(uuid),
  day: optional(day),
});

export const moveInput = z.object({
  appointmentId: uuid,
  slotId: uuid,
  doctor: optional(uuid),
  day: optional(day),
});

export const waitlistJoinInput = z.object({ patient: patientKey, specialty });

export const idInput = z.object({ id: uuid });

/** The two pages that show the waitlist; a waitlist form returns to the one it was on. */
export const waitlistPages = {
  list: '/health/appointments',
  waitlist: '/health/appointments/waitlist',
} as const;
export type WaitlistPage = keyof typeof waitlistPages;

export const waitlistEntryInput = z.object({
  id: uuid,
  from: z.enum(['list', 'waitlist']).catch('list'),
});

export type PatientKey = string;

export function patientOfKey(key: PatientKey) {
  return key === 'self' ? ({ kind: 'self' } as const) : ({ kind: 'child', childId: key } as const);
}

export const appointmentErrors = [
  'slotTaken',
  'slotNotFound',
  'slotInPast',
  'notAttached',
  'otherClinic',
  'notRepresentative',
  'wrongDistrictDoctor',
  'referralRequired',
  'alreadyBooked',
  'notFound',
  'tooLate',
  'offerExpired',
  'offerTaken',
  'waitlistNotFound',
  'slotsAvailable',
  'alreadyWaiting',
] as const;
export type AppointmentError = (typeof appointmentErrors)[number];

/** The `error` parameter of a page, if it is one of ours. */
export function errorParam(value: unknown): AppointmentError | null {
  return typeof value === 'string' && (appointmentErrors as readonly string[]).includes(value)
    ? (value as AppointmentError)
    : null;
}

/** A single search parameter: a repeated one counts as absent, a long one is cut. */
export function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 64) : undefined;
}

/** A step of the booking page; each step's address names the choices made before it. */
export function bookingHref(step: {
  patient?: string;
  specialty?: string;
  doctor?: string;
  day?: string;
  error?: AppointmentError;
}): string {
  const query = new URLSearchParams();
  for (const key of ['patient', 'specialty', 'doctor', 'day', 'error'] as const) {
    const value = step[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return `/health/appointments/new${search ? `?${search}` : ''}`;
}
