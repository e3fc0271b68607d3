import { moscowTime } from '@/lib/city';
import { addDays, dayParts, isoWeekday, type IsoWeekday } from '@/lib/city';

// Slots are cut from a doctor's weekly hours on the city's wall clock, so an 08:00 slot stays at
// 08:00 across the 26 October 2014 offset change.

export type WeeklyHours = { weekday: IsoWeekday; from: string; to: string };

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(time: string): number {
  const match = hhmm.exec(time);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Start instants, sorted, of every slot lying wholly inside the hours, for `days` days from `fromDay`. */
export function slotStarts({
  hours,
  slotMinutes,
  daysOff,
  fromDay,
  days,
}: {
  hours: readonly WeeklyHours[];
  slotMinutes: number;
  daysOff: readonly string[];
  fromDay: string;
  days: number;
}): Date[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0)
    throw new RangeError(`Slot length must be a positive whole number of minutes: ${slotMinutes}`);
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Number of days must be a whole number ≥ 0: ${days}`);
  dayParts(fromDay);
  // Every interval is checked up front, so a bad row fails whichever days are asked for.
  const intervals = hours.map((h) => {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7)
      throw new RangeError(`Weekday must be 1 (Monday) to 7 (Sunday): ${h.weekday}`);
    const from = minutesOf(h.from);
    const to = minutesOf(h.to);
    if (to <= from) throw new RangeError(`Working hours end before they start: ${h.from}–${h.to}`);
    return { weekday: h.weekday, from, to };
  });
  const off = new Set(daysOff);

  const starts = new Map<number, Date>();
  for (let i = 0; i < days; i++) {
    const day = addDays(fromDay, i);
    if (off.has(day)) continue;
    const { year, month, day: date } = dayParts(day);
    const weekday = isoWeekday(day);
    for (const { from, to } of intervals.filter((h) => h.weekday === weekday)) {
      for (let t = from; t + slotMinutes <= to; t += slotMinutes) {
        const start = moscowTime(year, month, date, Math.floor(t / 60), t % 60);
        starts.set(start.getTime(), start);
      }
    }
  }
  return [...starts.values()].sort((a, b) => a.getTime() - b.getTime());
}

/** A slot's identity for idempotent regeneration: the same doctor and instant give the same key. */
export function slotKey(doctorId: string, start: Date): string {
  return `${doctorId}@${start.toISOString()}`;
}
