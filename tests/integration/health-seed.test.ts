import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { generateSlots, SLOT_DAYS, slotsOf } from '@/db/queries/health-slots';
import { children, clinicAttachments, doctorDaysOff, doctors, referrals, slots } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { seedHealth } from '@/db/seed/health';
import { moscowDate, moscowTime, moscowWallClock, addDays } from '@/lib/city';
import { viewerOf } from '../setup/fixtures';

// The demo's waitlist story as the seed lays it: the demo family's endocrinologist has one working
// Friday in the next 60 days, two slots for three referrals.

const DAY = 24 * 60 * 60 * 1000;

async function demoFamily() {
  const resident = await viewerOf('resident@moygorod.test');
  const kids = await db
    .select({ id: children.id })
    .from(children)
    .where(
      inArray(
        children.birthCertificate,
        demoRecords.residentChildren.map((c) => c.birthCertificate),
      ),
    );
  return { resident, childIds: kids.map((k) => k.id) };
}

async function endocrinologistOfTheFamily() {
  const { resident } = await demoFamily();
  const [row] = await db
    .select({ id: doctors.id })
    .from(doctors)
    .innerJoin(clinicAttachments, eq(clinicAttachments.clinicId, doctors.clinicId))
    .where(
      and(eq(clinicAttachments.userId, resident.id), eq(doctors.specialty, 'endocrinologist')),
    );
  return row!.id;
}

/** The seed and the slots job as they would run at `now`, for the demo endocrinologist afresh. */
async function seedAndGenerateAt(now: Date) {
  const doctorId = await endocrinologistOfTheFamily();
  await db.delete(slots).where(eq(slots.doctorId, doctorId));
  await db.delete(doctorDaysOff).where(eq(doctorDaysOff.doctorId, doctorId));
  await seedHealth(db, now);
  await generateSlots(now);
  return doctorId;
}

async function moscowSlotsOf(doctorId: string, now: Date) {
  const rows = await slotsOf([doctorId], now, new Date(now.getTime() + (SLOT_DAYS + 1) * DAY));
  return rows.map((s) => {
    const { hour, minute } = moscowWallClock(s.startsAt);
    return `${moscowDate(s.startsAt)} ${hour}:${String(minute).padStart(2, '0')}`;
  });
}

describe('the seeded endocrinologist of the demo family', () => {
  it.each([
    ['a Thursday evening', '2026-12-04', moscowTime(2026, 12, 3, 20)],
    // Not the Friday itself, though its hours are still ahead: the story needs a day to book.
    ['a Friday morning', '2026-12-11', moscowTime(2026, 12, 4, 8)],
    ['the eve of a holiday Friday (23 February 2029)', '2029-03-02', moscowTime(2029, 2, 22, 18)],
  ])('seeded on %s, sees patients on one Friday only, %s', async (_, friday, now) => {
    const doctorId = await seedAndGenerateAt(now);

    expect(await moscowSlotsOf(doctorId, now)).toEqual([`${friday} 10:00`, `${friday} 10:30`]);
    const off = await db
      .select({ day: doctorDaysOff.day })
      .from(doctorDaysOff)
      .where(eq(doctorDaysOff.doctorId, doctorId));
    expect(off).toHaveLength(60);
    expect(off.map((o) => o.day)).toContain(addDays(moscowDate(now), 60));
  });

  it('seeded before the New Year holidays, has the one Friday after them, beyond the first 14 days', async () => {
    const now = moscowTime(2026, 12, 30, 12);
    const doctorId = await seedAndGenerateAt(now);
    expect(await moscowSlotsOf(doctorId, now)).toEqual([]);

    // The daily job reaches it a few days later.
    const later = moscowTime(2027, 1, 5, 9);
    await generateSlots(later);
    expect(await moscowSlotsOf(doctorId, later)).toEqual(['2027-01-15 10:00', '2027-01-15 10:30']);
  });

  it('seeded again on a later day, moves the one Friday rather than leaving none', async () => {
    const doctorId = await seedAndGenerateAt(moscowTime(2026, 12, 3, 20));
    const later = moscowTime(2026, 12, 8, 12);
    await seedHealth(db, later);
    await generateSlots(later);
    expect(await moscowSlotsOf(doctorId, later)).toEqual(['2026-12-11 10:00', '2026-12-11 10:30']);
  });

  it('is referred to by the resident and both children, for 60 days, none used yet', async () => {
    const { resident, childIds } = await demoFamily();
    expect(childIds).toHaveLength(2);
    const rows = await db
      .select({
        userId: referrals.userId,
        childId: referrals.childId,
        issuedOn: referrals.issuedOn,
        validUntil: referrals.validUntil,
      })
      .from(referrals)
      .where(
        and(
          eq(referrals.specialty, 'endocrinologist'),
          isNull(referrals.appointmentId),
          or(eq(referrals.userId, resident.id), inArray(referrals.childId, childIds)),
        ),
      );
    expect(rows.map((r) => r.userId ?? r.childId).sort()).toEqual(
      [resident.id, ...childIds].sort(),
    );
    for (const r of rows) expect(r.validUntil).toBe(addDays(r.issuedOn, 60));
  });
});
