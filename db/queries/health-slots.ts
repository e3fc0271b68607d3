import 'server-only';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import { db, rowsOf } from '@/db';
import { appointments, doctorDaysOff, doctorHours, doctors, slots } from '@/db/schema';
import { isSpecialty, slotMinutesOf, slotStarts } from '@/lib/health';
import { moscowDate, addDays, isoWeekday, isWorkingDay, type IsoWeekday } from '@/lib/city';

// The slots job: every doctor's bookable times for the next 14 days, cut from their weekly hours,
// skipping their days off and the public holidays that fall on weekdays. Generating again adds what
// is missing and touches nothing that exists, so no booked slot ever moves.

export const SLOT_DAYS = 14;

const isHoliday = (day: string) => isoWeekday(day) <= 5 && !isWorkingDay(day);

/** Adds the missing slots of every doctor from `now`'s Moscow day on; returns how many were added. */
export async function generateSlots(now: Date, days = SLOT_DAYS): Promise<number> {
  const fromDay = moscowDate(now);
  const toDay = addDays(fromDay, days);
  const [doctorRows, hourRows, offRows] = await Promise.all([
    db.select({ id: doctors.id, specialty: doctors.specialty }).from(doctors),
    db.select().from(doctorHours),
    db
      .select({ doctorId: doctorDaysOff.doctorId, day: doctorDaysOff.day })
      .from(doctorDaysOff)
      .where(and(gte(doctorDaysOff.day, fromDay), lt(doctorDaysOff.day, toDay))),
  ]);
  const holidays = Array.from({ length: days }, (_, i) => addDays(fromDay, i)).filter(isHoliday);
  const wanted: (typeof slots.$inferInsert)[] = [];
  for (const doctor of doctorRows) {
    if (!isSpecialty(doctor.specialty)) continue;
    const minutes = slotMinutesOf(doctor.specialty);
    const starts = slotStarts({
      hours: hourRows
        .filter((h) => h.doctorId === doctor.id)
        .map((h) => ({ weekday: h.weekday as IsoWeekday, from: h.startsAt, to: h.endsAt })),
      slotMinutes: minutes,
      daysOff: [...holidays, ...offRows.filter((o) => o.doctorId === doctor.id).map((o) => o.day)],
      fromDay,
      days,
    }).filter((start) => start > now);
    for (const startsAt of starts) wanted.push({ doctorId: doctor.id, startsAt, minutes });
  }
  let added = 0;
  for (let i = 0; i < wanted.length; i += 2000) {
    const inserted = await db
      .insert(slots)
      .values(wanted.slice(i, i + 2000))
      .onConflictDoNothing({ target: [slots.doctorId, slots.startsAt] })
      .returning({ id: slots.id });
    added += inserted.length;
  }
  return added;
}

/** Booked appointments whose time has passed no longer count as a patient's active booking. */
export async function closePastAppointments(now: Date): Promise<number> {
  const closed = await rowsOf<{ id: string }>(
    db.execute(sql`
      update ${appointments} a set status = 'past'
      from ${slots} s
      where s.id = a.slot_id and a.status = 'booked'
        and s.starts_at + make_interval(mins => s.minutes) <= ${now.toISOString()}::timestamptz
      returning a.id`),
  );
  return closed.length;
}

/** The slots of some doctors between two instants (for tests and the booking pages). */
export async function slotsOf(doctorIds: string[], from: Date, to: Date) {
  if (doctorIds.length === 0) return [];
  return db
    .select({
      id: slots.id,
      doctorId: slots.doctorId,
      startsAt: slots.startsAt,
      minutes: slots.minutes,
    })
    .from(slots)
    .where(
      and(inArray(slots.doctorId, doctorIds), gte(slots.startsAt, from), lt(slots.startsAt, to)),
    )
    .orderBy(slots.startsAt);
}
