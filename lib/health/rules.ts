import { districtSpecialtyFor, DISTRICT, needsReferral, type Specialty } from './specialties';

// Booking rules. The checks run from the broadest to the narrowest, so the first refusal is the one
// that picking another slot cannot cure, and fixing it never merely uncovers a broader one:
//   1. notRepresentative   — the booker may not book for this person at all (and learns nothing
//                            more about them);
//   2. notAttached         — the patient must be attached to a clinic before any booking;
//   3. otherClinic         — choose a slot in the patient's own clinic;
//   4. wrongDistrictDoctor — choose the patient's own district doctor (adult or paediatric, or a GP);
//   5. alreadyBooked       — move or cancel the active booking of this specialty (a new referral
//                            would not help);
//   6. referralRequired    — get a referral for this specialty;
//   7. slotInPast          — the chosen slot has begun: choose a later one.

export type BookingError =
  | 'slotInPast'
  | 'notAttached'
  | 'otherClinic'
  | 'notRepresentative'
  | 'wrongDistrictDoctor'
  | 'referralRequired'
  | 'alreadyBooked';

export type BookingRequest = {
  now: Date;
  slot: { start: Date; clinicId: string; specialty: Specialty };
  patient: {
    attachedClinicId: string | null;
    /** `YYYY-MM-DD` */
    birthDate: string;
    isSelf: boolean;
    representedByBooker: boolean;
  };
  direct: readonly Specialty[];
  referralAvailable: boolean;
  /** Specialties in which the patient already has an active (upcoming) booking. */
  activeSpecialties: readonly Specialty[];
};

export type BookingDecision =
  { ok: true; usesReferral: boolean } | { ok: false; error: BookingError };

export function checkBooking({
  now,
  slot,
  patient,
  direct,
  referralAvailable,
  activeSpecialties,
}: BookingRequest): BookingDecision {
  const refuse = (error: BookingError): BookingDecision => ({ ok: false, error });
  if (!patient.isSelf && !patient.representedByBooker) return refuse('notRepresentative');
  if (patient.attachedClinicId === null) return refuse('notAttached');
  if (slot.clinicId !== patient.attachedClinicId) return refuse('otherClinic');
  if (
    DISTRICT.includes(slot.specialty) &&
    slot.specialty !== 'gp' &&
    slot.specialty !== districtSpecialtyFor(patient.birthDate, now)
  )
    return refuse('wrongDistrictDoctor');
  if (activeSpecialties.includes(slot.specialty)) return refuse('alreadyBooked');
  const usesReferral = needsReferral(slot.specialty, direct);
  if (usesReferral && !referralAvailable) return refuse('referralRequired');
  if (slot.start.getTime() <= now.getTime()) return refuse('slotInPast');
  return { ok: true, usesReferral };
}

/** Hours before the slot until which an appointment may still be cancelled or moved. */
export const CHANGE_CLOSES_HOURS = 2;

/** Whether an appointment may be cancelled or moved: until exactly 2 hours before it starts. */
export function canChange(now: Date, slotStart: Date): boolean {
  return slotStart.getTime() - now.getTime() >= CHANGE_CLOSES_HOURS * 3_600_000;
}
