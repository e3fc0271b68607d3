import { moscowDate } from './clock';

// Calendar days as `YYYY-MM-DD` strings (the form of a `date` column): arithmetic on the date
// alone, so no time zone or clock change can move a day.

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1–12) and day of a calendar day; RangeError when it is not a real date. */
export function dayParts(day: string): { year: number; month: number; day: number } {
  const match = dayPattern.exec(day);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || formatDay(Date.UTC(parts.year, parts.month - 1, parts.day)) !== day)
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return parts;
}

/** The day `n` days after (negative: before) `day`. */
export function addDays(day: string, n: number): string {
  const { year, month, day: d } = dayParts(day);
  return formatDay(Date.UTC(year, month - 1, d) + n * DAY_MS);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayParts(from);
  const b = dayParts(to);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}

/** Days from the city's today to `day`: 0 on the day itself, negative once it has passed. */
export function daysUntil(day: string, now: Date): number {
  return daysBetween(moscowDate(now), day);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isoWeekday(day: string): IsoWeekday {
  const { year, month, day: d } = dayParts(day);
  const sundayFirst = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
  return (((sundayFirst + 6) % 7) + 1) as IsoWeekday;
}

/**
 * A calendar day as an instant that formats as that same day in the city's time zone: midday UTC is
 * 15:00 in Moscow, far from either midnight. For showing a `date` column with the formatters.
 */
export function calendarDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function formatDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}
