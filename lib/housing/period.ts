import { timeZone } from '@/lib/i18n/config';

/** A billing period: the first day of its month, `YYYY-MM-01` (the form of the `period` date columns). */
export type Period = string;

const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])-01$/;

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = Readonly<{
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}>;

// formatToParts is slow next to everything else here, and a request asks about the same few
// instants (now, a window's edges) many times: the latest answers are kept.
const wallClocks = new Map<number, WallClock>();
const WALL_CLOCKS_KEPT = 512;

/** The city's wall-clock time of an instant. */
export function moscowWallClock(instant: Date): WallClock {
  const at = instant.getTime();
  const known = wallClocks.get(at);
  if (known) return known;
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const clock = Object.freeze({
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  });
  if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
  wallClocks.set(at, clock);
  return clock;
}

/** The city's calendar day of an instant, `YYYY-MM-DD`. */
export function moscowDate(instant: Date): string {
  const { year, month, day } = moscowWallClock(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The instant at which the city's clocks show the given time (month 1–12). Moscow was UTC+4 until
 * 26 October 2014 and UTC+3 since, so the offset comes from the time-zone database, not a constant.
 */
export function moscowTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let guess = wanted - 3 * 3_600_000;
  for (let i = 0; i < 2; i++) {
    const seen = moscowWallClock(new Date(guess));
    const shown = Date.UTC(
      seen.year,
      seen.month - 1,
      seen.day,
      seen.hour,
      seen.minute,
      seen.second,
      ms,
    );
    guess += wanted - shown;
  }
  return new Date(guess);
}

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
  return `${year}-${pad(month)}-${pad(day)}`;
}

function makePeriod(year: number, month: number): Period {
  return `${year}-${pad(month)}-01`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
