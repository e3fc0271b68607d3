import type { MeterKind } from './norms';
import { daysUntil, moscowDate, type Period } from '@/lib/city';
import { epdStatus, isEpdPayable, type PayableEpdStatus } from './epd-status';
import { isVerificationExpired, metersDueSoon } from './verification';
import {
  defaultWindows,
  isClosingSoon,
  readingWindow,
  type ReadingKind,
  type WindowConfig,
} from './window';

// Housing's part of «due this month» in the cabinet: what a resident has to do soon for each linked
// apartment — send readings while the window is open, pay what is left of the latest ЕПД (due by
// the 10th), have a meter verified.

/** A meter's verification is brought up this many days before it expires. */
export const VERIFICATION_REMINDER_DAYS = 60;
/** An open window is flagged as closing in its last this-many days (72 hours before it closes). */
export const WINDOW_CLOSING_SOON_DAYS = 3;

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
  /** The ЕПД of the apartment's latest generated period, with what was paid since it was generated. */
  latestEpd: {
    id: string;
    period: Period;
    dueDate: string;
    totalKopecks: number;
    paidKopecks: number;
  } | null;
};

export type HousingDueItem =
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
      /** What is left to pay of it. */
      remainingKopecks: number;
      daysLeft: number;
      overdue: boolean;
      /** The status the ЕПД pages show for it (lib/housing/epd-status). */
      status: PayableEpdStatus;
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
    };

const readingKindOf = (kind: MeterKind): ReadingKind =>
  kind === 'electricity' ? 'electricity' : 'water';

/** The last day to act on an item: the window's last day, the ЕПД's due date, the verification's. */
export function housingDueDeadline(item: HousingDueItem): string {
  switch (item.type) {
    case 'readings':
      return item.closesOn;
    case 'epd':
      return item.dueDate;
    case 'verification':
      return item.verifiedUntil;
  }
}

/** Everything due for the apartments at `now`, the earliest deadline first. */
export function housingDue(
  apartments: readonly DueApartment[],
  now: Date,
  windows: Readonly<Record<ReadingKind, WindowConfig>> = defaultWindows,
): HousingDueItem[] {
  const items: HousingDueItem[] = [];
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
    const status = epd ? epdStatus({ ...epd, later: null }, now) : null;
    if (epd && status && isEpdPayable(status)) {
      items.push({
        type: 'epd',
        apartment: ref,
        epdId: epd.id,
        period: epd.period,
        dueDate: epd.dueDate,
        totalKopecks: epd.totalKopecks,
        remainingKopecks: status.remainingKopecks,
        daysLeft: daysUntil(epd.dueDate, now),
        overdue: status.kind === 'overdue',
        status,
      });
    }
  }

  // Earliest deadline first (a stable sort: within one day, each apartment's items in the order above).
  return items.sort((a, b) => housingDueDeadline(a).localeCompare(housingDueDeadline(b)));
}
