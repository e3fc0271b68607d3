import { moscowDate, moscowTime } from '@/lib/city';
import { dayParts } from '@/lib/city';
import { DISTRICT, type Specialty } from './specialties';
import { addWorkingDays } from '@/lib/city';

// Waiting-time targets: a district doctor within 24 hours, another specialist within 14 working
// days. When no free slot meets the target, the patient may join the waitlist.

export const DISTRICT_TARGET_HOURS = 24;
export const SPECIALIST_TARGET_WORKING_DAYS = 14;

/** The latest instant a first free slot may start and still meet the target. */
export function targetDeadline(specialty: Specialty, now: Date): Date {
  if (DISTRICT.includes(specialty))
    return new Date(now.getTime() + DISTRICT_TARGET_HOURS * 3_600_000);
  const last = addWorkingDays(moscowDate(now), SPECIALIST_TARGET_WORKING_DAYS);
  const { year, month, day } = dayParts(last);
  return moscowTime(year, month, day, 23, 59, 59, 999);
}

/** Whether the first free slot (null: none) is still ahead and meets the target. */
export function withinTarget(firstFreeSlot: Date | null, specialty: Specialty, now: Date): boolean {
  return (
    firstFreeSlot !== null &&
    firstFreeSlot.getTime() > now.getTime() &&
    firstFreeSlot.getTime() <= targetDeadline(specialty, now).getTime()
  );
}
