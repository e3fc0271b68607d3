import { and, asc, desc, eq, gt, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { freeSlots, patientChoices } from '@/db/queries/appointment-choices';
import { bookAppointment, cancelAppointment, moveAppointment } from '@/db/queries/appointments';
import { generateSlots } from '@/db/queries/health-slots';
import {
  expireOffers,
  joinWaitlist,
  leaveWaitlist,
  listWaitlist,
  takeOffer,
} from '@/db/queries/waitlist';
import {
  appointments,
  clinicAttachments,
  clinics,
  doctors,
  notifications,
  referrals,
  slots,
  waitlistEntries,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { OFFER_HOLD_MINUTES } from '@/lib/health';
import { moscowDate, moscowTime, addDays, dayParts } from '@/lib/city';
import { onPostgres } from '../setup/db';
import { newResident } from '../setup/fixtures';

// The waitlist on one clinic's endocrinologist (referral only, two slots a week): fresh residents
// with referrals book every slot, so the next one finds nothing within the target and waits.

const now = new Date();
let clinicId: string;
let taken: { viewer: Viewer; appointmentId: string; slotId: string }[] = [];

/** A fresh resident attached to the clinic, with a referral to the endocrinologist. */
async function patient(): Promise<Viewer> {
  const viewer = await newResident();
  await db.insert(clinicAttachments).values({ userId: viewer.id, clinicId });
  await db.insert(referrals).values({
    userId: viewer.id,
    specialty: 'endocrinologist',
    issuedOn: '2014-01-01',
    validUntil: '2099-12-31',
  });
  return viewer;
}

const self = { kind: 'self' } as const;

async function inbox(viewer: Viewer) {
  return db
    .select({ kind: notifications.kind, params: notifications.params, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id))
    .orderBy(asc(notifications.createdAt));
}

beforeAll(async () => {
  await generateSlots(now);
  // A clinic other than the demo family's, so the seeded demo story stays untouched.
  const [clinic] = await db
    .select({ id: clinics.id })
    .from(clinics)
    .where(ne(clinics.district, 'Хамовники'))
    .orderBy(clinics.name)
    .limit(1);
  clinicId = clinic!.id;
  // Two Fridays' hours give 0–4 slots in the horizon depending on the day the tests run; six more
  // of the test's own, three days ahead in the afternoon, give every test here a booking to free.
  const [doctor] = await db
    .select({ id: doctors.id })
    .from(doctors)
    .where(and(eq(doctors.clinicId, clinicId), eq(doctors.specialty, 'endocrinologist')));
  const { year, month, day } = dayParts(addDays(moscowDate(now), 3));
  await db.insert(slots).values(
    [15, 16, 17].flatMap((hour) =>
      [0, 30].map((minute) => ({
        doctorId: doctor!.id,
        startsAt: moscowTime(year, month, day, hour, minute),
        minutes: 30,
      })),
    ),
  );
  const free = await db
    .select({ id: slots.id })
    .from(slots)
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .where(
      and(
        eq(doctors.clinicId, clinicId),
        eq(doctors.specialty, 'endocrinologist'),
        gt(slots.startsAt, now),
      ),
    )
    // Latest first: the tests free bookings from the front, and those are far from the 2-hour limit.
    .orderBy(desc(slots.startsAt));
  expect(free.length).toBeGreaterThanOrEqual(6);
  taken = [];
  for (const slot of free) {
    const viewer = await patient();
    const booked = await bookAppointment(viewer, { slotId: slot.id, patient: self }, now);
    if (!booked.ok) throw new Error(`could not fill ${slot.id}: ${booked.error}`);
    taken.push({ viewer, appointmentId: booked.appointmentId, slotId: slot.id });
  }
});

describe('joining the waitlist', () => {
  it('is refused while a slot is free within the target, and without a referral', async () => {
    const viewer = await patient();
    expect(await joinWaitlist(viewer, { patient: self, specialty: 'therapist' }, now)).toEqual({
      ok: false,
      error: 'slotsAvailable',
    });
    expect(await joinWaitlist(viewer, { patient: self, specialty: 'cardiologist' }, now)).toEqual({
      ok: false,
      error: 'referralRequired',
    });
    expect(await joinWaitlist(viewer, { patient: self, specialty: 'pediatrician' }, now)).toEqual({
      ok: false,
      error: 'wrongDistrictDoctor',
    });
    expect(await joinWaitlist(viewer, { patient: self, specialty: 'nonsense' }, now)).toEqual({
      ok: false,
      error: 'notFound',
    });
    const stranger = await newResident();
    expect(
      await joinWaitlist(stranger, { patient: self, specialty: 'endocrinologist' }, now),
    ).toEqual({ ok: false, error: 'notAttached' });
    expect(
      await joinWaitlist(
        viewer,
        { patient: { kind: 'child', childId: taken[0]!.viewer.id }, specialty: 'therapist' },
        now,
      ),
    ).toEqual({ ok: false, error: 'notFound' });
  });

  it('is open when nothing is free, once per specialty, and not to someone already booked', async () => {
    const viewer = await patient();
    const choice = (await patientChoices(viewer, now))[0]!;
    const offered = await freeSlots(viewer, choice, 'endocrinologist', undefined, now);
    expect(offered).toMatchObject({ firstFree: null, withinTarget: false });

    const joined = await joinWaitlist(viewer, { patient: self, specialty: 'endocrinologist' }, now);
    expect(joined).toMatchObject({ ok: true });
    expect(
      await joinWaitlist(viewer, { patient: self, specialty: 'endocrinologist' }, now),
    ).toEqual({ ok: false, error: 'alreadyWaiting' });
    expect(
      await joinWaitlist(taken[0]!.viewer, { patient: self, specialty: 'endocrinologist' }, now),
    ).toEqual({ ok: false, error: 'alreadyBooked' });
    if (joined.ok) expect(await leaveWaitlist(viewer, joined.entryId, now)).toEqual({ ok: true });
    expect(await listWaitlist(viewer, now)).toEqual([]);
  });
});

describe('a freed slot', () => {
  it('is offered to the first person waiting, held for them, and booked when they take it', async () => {
    const first = await patient();
    const second = await patient();
    const a = await joinWaitlist(first, { patient: self, specialty: 'endocrinologist' }, now);
    const b = await joinWaitlist(
      second,
      { patient: self, specialty: 'endocrinologist' },
      new Date(now.getTime() + 1000),
    );
    if (!a.ok || !b.ok) throw new Error('could not join');
    expect((await listWaitlist(second, now))[0]).toMatchObject({ position: 2, offer: null });

    const freed = taken.shift()!;
    expect(await cancelAppointment(freed.viewer, freed.appointmentId, now)).toEqual({ ok: true });

    const [entry] = await listWaitlist(first, now);
    expect(entry).toMatchObject({ status: 'offered', offer: { slotId: freed.slotId } });
    expect(entry!.offer!.expiresAt.getTime() - now.getTime()).toBe(OFFER_HOLD_MINUTES * 60_000);
    expect((await inbox(first)).at(-1)).toMatchObject({
      kind: 'waitlistOffer',
      params: { specialty: 'endocrinologist' },
      href: `/health/appointments/waitlist#${a.entryId}`,
    });
    // Held: nobody else can book it, nor see it among the free slots.
    const outsider = await patient();
    expect(await bookAppointment(outsider, { slotId: freed.slotId, patient: self }, now)).toEqual({
      ok: false,
      error: 'slotTaken',
    });
    const choice = (await patientChoices(outsider, now))[0]!;
    expect((await freeSlots(outsider, choice, 'endocrinologist', undefined, now))?.firstFree).toBe(
      null,
    );
    // Not the second person's to take, nor anyone else's.
    expect(await takeOffer(second, a.entryId, now)).toEqual({ ok: false, error: 'notFound' });

    const booked = await takeOffer(first, a.entryId, now);
    expect(booked).toMatchObject({ ok: true });
    expect(await listWaitlist(first, now)).toEqual([]);
    expect((await listWaitlist(second, now))[0]).toMatchObject({ position: 1, status: 'waiting' });
    if (booked.ok)
      taken.push({ viewer: first, appointmentId: booked.appointmentId, slotId: freed.slotId });
    await leaveWaitlist(second, b.entryId, now);
  });

  it('passes on when the offer lapses or is declined, and the lapse is told', async () => {
    const first = await patient();
    const second = await patient();
    const a = await joinWaitlist(first, { patient: self, specialty: 'endocrinologist' }, now);
    const b = await joinWaitlist(
      second,
      { patient: self, specialty: 'endocrinologist' },
      new Date(now.getTime() + 1000),
    );
    if (!a.ok || !b.ok) throw new Error('could not join');
    const freed = taken.shift()!;
    expect(await cancelAppointment(freed.viewer, freed.appointmentId, now)).toEqual({ ok: true });

    const late = new Date(now.getTime() + (OFFER_HOLD_MINUTES + 1) * 60_000);
    expect(await expireOffers(late)).toBe(1);
    expect(await takeOffer(first, a.entryId, late)).toEqual({ ok: false, error: 'offerExpired' });
    expect((await inbox(first)).at(-1)).toMatchObject({ kind: 'waitlistOfferLapsed' });
    const [next] = await listWaitlist(second, late);
    expect(next).toMatchObject({ status: 'offered', offer: { slotId: freed.slotId } });

    // Declining frees it for everyone (nobody else is waiting).
    expect(await leaveWaitlist(second, b.entryId, late)).toEqual({ ok: true });
    const [row] = await db
      .select({ status: waitlistEntries.status })
      .from(waitlistEntries)
      .where(eq(waitlistEntries.id, b.entryId));
    expect(row?.status).toBe('left');
    const outsider = await patient();
    expect(
      await bookAppointment(outsider, { slotId: freed.slotId, patient: self }, late),
    ).toMatchObject({ ok: true });
  });

  it('freed by moving an appointment is offered too', async () => {
    // A slot a month ahead, beyond the 14-working-day target: free, yet nobody has to take it.
    const [doctor] = await db
      .select({ id: doctors.id })
      .from(doctors)
      .where(and(eq(doctors.clinicId, clinicId), eq(doctors.specialty, 'endocrinologist')));
    const [far] = await db
      .insert(slots)
      .values({
        doctorId: doctor!.id,
        startsAt: new Date(now.getTime() + 30 * 86_400_000),
        minutes: 30,
      })
      .returning({ id: slots.id });
    const waiting = await patient();
    const joined = await joinWaitlist(
      waiting,
      { patient: self, specialty: 'endocrinologist' },
      now,
    );
    expect(joined).toMatchObject({ ok: true });

    const mover = taken.shift()!;
    const moved = await moveAppointment(
      mover.viewer,
      { appointmentId: mover.appointmentId, slotId: far!.id },
      now,
    );
    expect(moved).toMatchObject({ ok: true });
    const [entry] = await listWaitlist(waiting, now);
    expect(entry?.offer?.slotId).toBe(mover.slotId);
    if (joined.ok)
      expect(await takeOffer(waiting, joined.entryId, now)).toMatchObject({ ok: true });
  });
});

describe.runIf(onPostgres())('under concurrency (PostgreSQL)', () => {
  it('two slots freed at once go to two different people waiting', async () => {
    const clinicSlots = await db
      .select({ id: appointments.id, userId: appointments.userId, slotId: appointments.slotId })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .innerJoin(doctors, eq(doctors.id, slots.doctorId))
      .where(
        and(
          eq(doctors.clinicId, clinicId),
          eq(doctors.specialty, 'endocrinologist'),
          eq(appointments.status, 'booked'),
          sql`${slots.startsAt} > ${new Date(now.getTime() + 3 * 3_600_000).toISOString()}::timestamptz`,
        ),
      );
    const mine = taken.filter((t) => clinicSlots.some((c) => c.id === t.appointmentId));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const waiting = [await patient(), await patient()];
    for (const [i, w] of waiting.entries())
      await joinWaitlist(
        w,
        { patient: self, specialty: 'endocrinologist' },
        new Date(now.getTime() + i * 1000),
      );
    await Promise.all(
      mine.slice(0, 2).map((t) => cancelAppointment(t.viewer, t.appointmentId, now)),
    );
    const offers = await Promise.all(waiting.map((w) => listWaitlist(w, now)));
    const slotsOffered = offers.map((o) => o[0]?.offer?.slotId);
    expect(slotsOffered.every(Boolean)).toBe(true);
    expect(new Set(slotsOffered).size).toBe(2);
  });
});
