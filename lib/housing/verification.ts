import { daysUntil } from '@/lib/city';
import type { MeterKind } from './norms';

/**
 * Years between verifications (межповерочный интервал): hot water 4, cold water 6; electricity 16,
 * the usual interval of the single-phase electronic meters installed in Moscow flats.
 */
export const verificationIntervalYears: Readonly<Record<MeterKind, number>> = {
  hot_water: 4,
  cold_water: 6,
  electricity: 16,
};

/** The last day a meter verified (or installed) on `verifiedOn` may take readings. 29 February → 28 February. */
export function verificationDueDate(kind: MeterKind, verifiedOn: string): string {
  const [y, m, d] = verifiedOn.split('-').map(Number) as [number, number, number];
  const year = y + verificationIntervalYears[kind];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A meter takes readings up to and including its `verifiedUntil` day (Moscow). */
export function isVerificationExpired(verifiedUntil: string, now: Date): boolean {
  return daysUntil(verifiedUntil, now) < 0;
}

export type VerificationDue<T> = T & { daysLeft: number; expired: boolean };

/** Meters whose verification has expired or expires within `withinDays`, soonest first. */
export function metersDueSoon<T extends { verifiedUntil: string }>(
  meters: readonly T[],
  now: Date,
  withinDays = 60,
): VerificationDue<T>[] {
  return meters
    .map((m) => {
      const daysLeft = daysUntil(m.verifiedUntil, now);
      return { ...m, daysLeft, expired: daysLeft < 0 };
    })
    .filter((m) => m.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
