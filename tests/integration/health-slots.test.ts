import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { closePastAppointments, generateSlots, SLOT_DAYS } from '@/db/queries/health-slots';
import { appointments, doctorDaysOff, doctorHours, doctors, slots, users } from '@/db/schema';
import { moscowDate, moscowWallClock } from '@/lib/city';

// The slots job on the seeded clinics: 14 days of every doctor's hours, generated again without
// moving anything, and the database's promise that a slot is booked once.

const now = new Date();
const DAY = 24 * 60 * 60 * 1000;

async function resident() {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'resident@moygorod.test'));
  return row!.id;
}

beforeAll(async () => {
  await generateSlots(now);
});

describe('the slots job', () => {
  it('cuts the next 14 days of each doctor’s hours into slots of their specialty’s length, none past', async () => {
    const rows = await db
      .select({ startsAt: slots.startsAt, minutes: slots.minutes, specialty: doctors.specialty })
      .from(slots)
      .innerJoin(doctors, eq(doctors.id, slots.doctorId));
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) {
      expect(r.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(r.startsAt.getTime()).toBeLessThan(now.getTime() + (SLOT_DAYS + 1) * DAY);
      if (r.specialty === 'therapist') expect(r.minutes).toBe(15);
      if (r.specialty === 'cardiologist') expect(r.minutes).toBe(30);
      const { hour } = moscowWallClock(r.startsAt);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(20);
    }
  });

  it('gives a doctor no slots on a day off, though they work that weekday', async () => {
    const [first] = await db.select().from(doctorDaysOff).limit(1);
    const off = await db
      .select({ day: doctorDaysOff.day })
      .from(doctorDaysOff)
      .where(eq(doctorDaysOff.doctorId, first!.doctorId));
    const weekdays = (
      await db
        .select({ weekday: doctorHours.weekday })
        .from(doctorHours)
        .where(eq(doctorHours.doctorId, first!.doctorId))
    ).map((h) => h.weekday);
    // At least one of the days off is a day the doctor would otherwise see patients.
    const isoWeekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay() || 7;
    expect(off.some((o) => weekdays.includes(isoWeekday(o.day)))).toBe(true);
    const theirs = await db
      .select({ startsAt: slots.startsAt })
      .from(slots)
      .where(eq(slots.doctorId, first!.doctorId));
    expect(theirs.length).toBeGreaterThan(0);
    const offDays = new Set(off.map((o) => o.day));
    expect(theirs.filter((s) => offDays.has(moscowDate(s.startsAt)))).toEqual([]);
  });

  it('generating again adds nothing and leaves a booked slot as it was', async () => {
    const [slot] = await db.select().from(slots).orderBy(slots.startsAt).limit(1);
    const [booking] = await db
      .insert(appointments)
      .values({
        number: 'З-test-0001',
        slotId: slot!.id,
        userId: await resident(),
        specialty: 'test',
        bookedBy: await resident(),
      })
      .returning();
    const before = await db.$count(slots);

    expect(await generateSlots(now)).toBe(0);

    expect(await db.$count(slots)).toBe(before);
    const [still] = await db.select().from(slots).where(eq(slots.id, slot!.id));
    expect(still).toEqual(slot);
    const [kept] = await db.select().from(appointments).where(eq(appointments.id, booking!.id));
    expect(kept!.status).toBe('booked');
  });

  it('refuses a second booking of a booked slot (the database’s guarantee)', async () => {
    const [slot] = await db.select().from(slots).orderBy(slots.startsAt).offset(5).limit(1);
    const id = await resident();
    await db.insert(appointments).values({
      number: 'З-test-0002',
      slotId: slot!.id,
      userId: id,
      specialty: 'a',
      bookedBy: id,
    });
    await expect(
      db.insert(appointments).values({
        number: 'З-test-0003',
        slotId: slot!.id,
        userId: id,
        specialty: 'b',
        bookedBy: id,
      }),
    ).rejects.toThrow();
  });

  it('closes bookings whose time has passed, so they no longer count as active', async () => {
    const later = new Date(now.getTime() + (SLOT_DAYS + 2) * DAY);
    expect(await closePastAppointments(later)).toBeGreaterThanOrEqual(2);
    const open = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(appointments)
      .where(and(eq(appointments.status, 'booked')));
    expect(open[0]!.n).toBe(0);
  });
});
