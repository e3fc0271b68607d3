import { moscowWallClock, pad2 } from './clock';

// Billing periods: months, written as their first day.

/** A billing period: the first day of its month, `YYYY-MM-01` (the form of the `period` date columns). */
export type Period = string;

const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])-01$/;

/** Whether a string is a billing period (`YYYY-MM-01`). */
export function isPeriod(value: string): value is Period {
  return periodPattern.test(value);
}

/** The billing period an instant falls in, in Moscow time. */
export function periodOf(instant: Date): Period {
  const { year, month } = moscowWallClock(instant);
  return makePeriod(year, month);
}

/** The period of a `YYYY-MM` or `YYYY-MM-DD` string (as typed on the command line), or null. */
export function parsePeriod(value: string): Period | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return null;
  return makePeriod(year, month);
}

/** The period `n` months after (negative: before) `period`. */
export function addMonths(period: Period, n: number): Period {
  const { year, month } = periodParts(period);
  const index = year * 12 + (month - 1) + n;
  return makePeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Number of months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Period, to: Period): number {
  const a = periodParts(from);
  const b = periodParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Year and month (1–12) of a period. */
export function periodParts(period: Period): { year: number; month: number } {
  const match = periodPattern.exec(period);
  if (!match) throw new RangeError(`Not a billing period: ${period}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The `n` periods before `period`, oldest first (e.g. the history a seed fills in). */
export function periodsBefore(period: Period, n: number): Period[] {
  return Array.from({ length: n }, (_, i) => addMonths(period, i - n));
}

/** Number of days in the period's month. */
export function daysInMonth(period: Period): number {
  const { year, month } = periodParts(period);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date `YYYY-MM-DD` inside the period's month. */
export function dayOfPeriod(period: Period, day: number): string {
  const { year, month } = periodParts(period);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function makePeriod(year: number, month: number): Period {
  return `${year}-${pad2(month)}-01`;
}
