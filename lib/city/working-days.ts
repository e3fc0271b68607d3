import { addDays, dayParts, isoWeekday, type IsoWeekday } from './calendar';

// Working days by the Labour Code, art. 112: the fixed non-working holidays and the weekends.
// A holiday on a Saturday or Sunday moves the day off to the next working day (part 2), except the
// January holidays: their days off are moved by a government decree each year, which is not
// modelled here (nor are the other decreed moves, e.g. 3 November 2014).

/** Non-working holidays as `MM-DD`. */
const HOLIDAYS = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07', // Christmas, inside the New Year holidays
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** Whether a calendar day (`YYYY-MM-DD`) is a working day. */
export function isWorkingDay(day: string): boolean {
  return !isWeekend(day) && !holidaysOffIn(dayParts(day).year).has(day);
}

/** The `n`-th working day after `day` (n ≥ 1); `day` itself never counts. */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1: ${n}`);
  let current = day;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The first working day after `day` (never `day` itself) that falls on an ISO `weekday` (1–5). */
export function nextWorkingWeekday(day: string, weekday: IsoWeekday): string {
  if (weekday > 5) throw new RangeError(`a weekend is never a working day: ${weekday}`);
  let current = addDays(day, 1);
  while (isoWeekday(current) !== weekday || !isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

function isWeekend(day: string): boolean {
  return isoWeekday(day) >= 6;
}

// The holidays of a year and the weekdays they move to under part 2.
function holidaysOffIn(year: number): ReadonlySet<string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const holidays = HOLIDAYS.map((md) => `${year}-${md}`);
  const off = new Set(holidays);
  for (const holiday of holidays) {
    if (holiday.slice(5, 7) === '01' || !isWeekend(holiday)) continue;
    let moved = addDays(holiday, 1);
    while (off.has(moved) || isWeekend(moved)) moved = addDays(moved, 1);
    off.add(moved);
  }
  holidaysByYear.set(year, off);
  return off;
}
