import { moscowDate } from '@/lib/city';

// Health's part of «due this month» in the cabinet: where the resident has to be — their own and
// their children's doctor's appointments.

/**
 * Appointments are brought up within the next 30 days rather than to the end of the calendar month,
 * so one early next month is not missing on the 30th.
 */
export const APPOINTMENT_REMINDER_DAYS = 30;

const DAY_MS = 86_400_000;

/** A booked appointment of the resident or of a child they represent (as the health DAL lists it). */
export type DueAppointment = {
  id: string;
  start: Date;
  minutes: number;
  specialty: string;
  doctorName: string;
  room: string;
  clinicName: string;
  /** Null for the resident themselves. */
  child: { fullName: string } | null;
};

export type AppointmentDueItem = {
  type: 'appointment';
  appointmentId: string;
  start: Date;
  minutes: number;
  /** The appointment's Moscow day. */
  day: string;
  specialty: string;
  doctorName: string;
  room: string;
  clinicName: string;
  childName: string | null;
};

/** The appointments of the next 30 days, soonest first. */
export function appointmentsDue(
  appointments: readonly DueAppointment[],
  now: Date,
): AppointmentDueItem[] {
  const horizon = now.getTime() + APPOINTMENT_REMINDER_DAYS * DAY_MS;
  return appointments
    .filter((a) => a.start > now && a.start.getTime() <= horizon)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((a) => ({
      type: 'appointment',
      appointmentId: a.id,
      start: a.start,
      minutes: a.minutes,
      day: moscowDate(a.start),
      specialty: a.specialty,
      doctorName: a.doctorName,
      room: a.room,
      clinicName: a.clinicName,
      childName: a.child?.fullName ?? null,
    }));
}

/** An appointment's deadline is its own day. */
export const appointmentDueDeadline = (item: AppointmentDueItem) => item.day;
