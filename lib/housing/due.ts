import { finesDueSoon, type DueFine, type FineDue } from '@/lib/fines/due';
import { isEpdOverdue } from './epd';
import type { MeterKind } from './norms';
import { daysUntil, moscowDate, type Period } from '@/lib/city';
import { isVerificationExpired, metersDueSoon } from './verification';
import {
  defaultWindows,
  isClosingSoon,
  readingWindow,
  type ReadingKind,
  type WindowConfig,
} from './window';

// «Due this month» in the cabinet: what a resident has to do soon for each linked apartment — send
// readings while the window is open, pay the latest ЕПД by the 10th, have a meter verified — and
// where they have to be: their own and their children's doctor's appointments; and the traffic fines
// whose discount or term to pay is about to end (lib/fines/due).

/** A meter's verification is brought up this many days before it expires. */
export const VERIFICATION_REMINDER_DAYS = 60;
/** An open window is flagged as closing in its last this-many days (72 hours before it closes). */
export const WINDOW_CLOSING_SOON_DAYS = 3;

/**
 * Appointments are brought up within the next 30 days rather than to the end of the calendar month,
 * so one early next month is not missing on the 30th.
 */
export const APPOINTMENT_REMINDER_DAYS = 30;

const DAY_MS = 86_400_000;

export type DueApartmentRef = { id: string; building: string; flat: string };

export type DueApartment = DueApartmentRef & {
  meters: {
    id: string;
    kind: MeterKind;
    serialNumber: string;
    verifiedUntil: string;
    /** The newest period the meter has an accepted reading for. */
    lastReadingPeriod: Period | null;
  }[];
  /** The ЕПД of the apartment's latest generated period (no payments exist yet: it is what is owed). */
  latestEpd: { id: string; period: Period; dueDate: string; totalKopecks: number } | null;
};

/** A booked appointment of the resident or of a child they represent (as the health DAL lists it). */
export type DueAppointment = {
  id: string;
  start: Date;
  specialty: string;
  doctorName: string;
  room: string;
  clinicName: string;
  /** Null for the resident themselves. */
  child: { fullName: string } | null;
};

export type DueItem =
  | {
      type: 'readings';
      apartment: DueApartmentRef;
      readingKind: ReadingKind;
      period: Period;
      /** The window's last day (Moscow). */
      closesOn: string;
      daysLeft: number;
      closingSoon: boolean;
      /** Meters still without a reading for the period (those past verification cannot take one). */
      metersLeft: number;
    }
  | {
      type: 'epd';
      apartment: DueApartmentRef;
      epdId: string;
      period: Period;
      dueDate: string;
      totalKopecks: number;
      daysLeft: number;
      overdue: boolean;
    }
  | {
      type: 'verification';
      apartment: DueApartmentRef;
      meterId: string;
      meterKind: MeterKind;
      serialNumber: string;
      verifiedUntil: string;
      daysLeft: number;
      expired: boolean;
    }
  | {
      type: 'appointment';
      appointmentId: string;
      start: Date;
      /** The appointment's Moscow day. */
      day: string;
      specialty: string;
      doctorName: string;
      room: string;
      clinicName: string;
      childName: string | null;
    }
  | ({ type: 'fine' } & FineDue);

export type { DueFine };

const readingKindOf = (kind: MeterKind): ReadingKind =>
  kind === 'electricity' ? 'electricity' : 'water';

const deadlineOf = (item: DueItem): string => {
  switch (item.type) {
    case 'readings':
      return item.closesOn;
    case 'epd':
      return item.dueDate;
    case 'verification':
      return item.verifiedUntil;
    case 'appointment':
      return item.day;
    case 'fine':
      return item.until;
  }
};

/**
 * Everything due for the apartments, the appointments and the fines at `now`, the earliest deadline
 * first (so what is overdue leads). Each fine's status must have been computed at the same `now`.
 */
export function dueThisMonth(
  apartments: readonly DueApartment[],
  now: Date,
  windows: Readonly<Record<ReadingKind, WindowConfig>> = defaultWindows,
  appointments: readonly DueAppointment[] = [],
  fines: readonly DueFine[] = [],
): DueItem[] {
  const items: DueItem[] = [];
  const openWindows = (['water', 'electricity'] as const).map((kind) => ({
    kind,
    window: readingWindow(kind, now, windows[kind]),
  }));

  for (const apartment of apartments) {
    const ref: DueApartmentRef = {
      id: apartment.id,
      building: apartment.building,
      flat: apartment.flat,
    };

    for (const meter of metersDueSoon(apartment.meters, now, VERIFICATION_REMINDER_DAYS)) {
      items.push({
        type: 'verification',
        apartment: ref,
        meterId: meter.id,
        meterKind: meter.kind,
        serialNumber: meter.serialNumber,
        verifiedUntil: meter.verifiedUntil,
        daysLeft: meter.daysLeft,
        expired: meter.expired,
      });
    }

    for (const { kind, window } of openWindows) {
      if (!window.open) continue;
      const waiting = apartment.meters.filter(
        (m) =>
          readingKindOf(m.kind) === kind &&
          !isVerificationExpired(m.verifiedUntil, now) &&
          (m.lastReadingPeriod === null || m.lastReadingPeriod < window.period),
      );
      if (waiting.length === 0) continue;
      const closesOn = moscowDate(window.closesAt);
      items.push({
        type: 'readings',
        apartment: ref,
        readingKind: kind,
        period: window.period,
        closesOn,
        daysLeft: daysUntil(closesOn, now),
        closingSoon: isClosingSoon(window, now, WINDOW_CLOSING_SOON_DAYS * DAY_MS),
        metersLeft: waiting.length,
      });
    }

    const epd = apartment.latestEpd;
    if (epd && epd.totalKopecks > 0) {
      items.push({
        type: 'epd',
        apartment: ref,
        epdId: epd.id,
        period: epd.period,
        dueDate: epd.dueDate,
        totalKopecks: epd.totalKopecks,
        daysLeft: daysUntil(epd.dueDate, now),
        overdue: isEpdOverdue(epd.dueDate, now),
      });
    }
  }

  for (const fine of finesDueSoon(fines, now)) items.push({ type: 'fine', ...fine });

  const horizon = now.getTime() + APPOINTMENT_REMINDER_DAYS * DAY_MS;
  const soon = appointments
    .filter((a) => a.start > now && a.start.getTime() <= horizon)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const a of soon) {
    items.push({
      type: 'appointment',
      appointmentId: a.id,
      start: a.start,
      day: moscowDate(a.start),
      specialty: a.specialty,
      doctorName: a.doctorName,
      room: a.room,
      clinicName: a.clinicName,
      childName: a.child?.fullName ?? null,
    });
  }

  // A stable sort: within one day, an apartment's items keep the order above, then fines, and
  // appointments follow them by their time.
  return items.sort((a, b) => deadlineOf(a).localeCompare(deadlineOf(b)));
}
