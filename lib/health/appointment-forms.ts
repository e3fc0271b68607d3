import { z } from 'zod';
import { isUuid } from '@/lib/registry/identifiers';
import { isSpecialty, type Specialty } from './specialties';

// What the appointment forms post. The forms are plain server-rendered forms; a field that only
// rebuilds the address to return to is dropped when it is not well formed.

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
