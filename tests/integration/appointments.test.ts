import { and, eq, gt, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  bookAppointment,
  cancelAppointment,
  listAppointments,
  moveAppointment,
} from '@/db/queries/appointments';
import { patientChoices } from '@/db/queries/appointment-choices';
import { generateSlots } from '@/db/queries/health-slots';
import { joinWaitlist } from '@/db/queries/waitlist';
import {
  appointments,
  childLinks,
  children,
  clinicAttachments,
  doctors,
  referrals,
  slots,
} from '@/db/schema';
import { demoRecords } from '@/db/seed';
import type { Viewer } from '@/lib/auth/roles';
import { onPostgres } from '../setup/db';
import { newResident, viewerOf } from '../setup/fixtures';

// Booking on the seeded clinics: the demo resident (attached in Хамовники), their younger child, and
// for the races, fresh residents attached to the same clinic.

const now = new Date();
let resident: Viewer;
let neighbour: Viewer;
let clinicId: string;
let youngerId: string;

/** Free future slots of a specialty in a clinic, earliest first. */
async function freeSlots(specialty: string, clinic = clinicId, count = 5) {
  return db
    .select({ id: slots.id })
    .from(slots)
    .innerJoin(doctors, eq(doctors.id, slots.doctorId))
    .leftJoin(
      appointments,
      and(eq(appointments.slotId, slots.id), eq(appointments.status, 'booked')),
    )
    .where(
      and(
        eq(doctors.clinicId, clinic),
        eq(doctors.specialty, specialty),
        gt(slots.startsAt, new Date(now.getTime() + 3 * 3_600_000)),
        sql`${appointments.id} is null`,
      ),
    )
    .orderBy(slots.startsAt)
    .limit(count);
}

beforeAll(async () => {
  await generateSlots(now);
  resident = await viewerOf('resident@moygorod.test');
  neighbour = await viewerOf('neighbour@moygorod.test');
  const [attachment] = await db
    .select({ clinicId: clinicAttachments.clinicId })
    .from(clinicAttachments)
    .where(eq(clinicAttachments.userId, resident.id));
  clinicId = attachment!.clinicId;
  const [younger] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.birthCertificate, demoRecords.residentChildren[1].birthCertificate));
  youngerId = younger!.id;
});

describe('booking a doctor', () => {
  it('books the district therapist for oneself, once per specialty, with a ticket number', async () => {
    const [first, second] = await freeSlots('therapist');
    const booked = await bookAppointment(
      resident,
      { slotId: first!.id, patient: { kind: 'self' } },
      now,
    );
    expect(booked).toMatchObject({ ok: true });
    if (!booked.ok) return;
    expect(booked.number).toMatch(/^З-\d{4}-\d{2}-\d{8}$/);
    expect(
      await bookAppointment(resident, { slotId: second!.id, patient: { kind: 'self' } }, now),
    ).toEqual({ ok: false, error: 'alreadyBooked' });
  });

  it('refuses a slot of another clinic, a specialty that needs a referral, and a taken slot', async () => {
    const [other] = await db
      .select({ id: doctors.clinicId })
      .from(doctors)
      .where(ne(doctors.clinicId, clinicId))
      .limit(1);
    const [elsewhere] = await freeSlots('dentist', other!.id);
    expect(
      await bookAppointment(resident, { slotId: elsewhere!.id, patient: { kind: 'self' } }, now),
    ).toEqual({ ok: false, error: 'otherClinic' });
    // The resident holds referrals to a cardiologist and an endocrinologist, not to a neurologist.
    const [neurologist] = await freeSlots('neurologist');
    expect(
      await bookAppointment(resident, { slotId: neurologist!.id, patient: { kind: 'self' } }, now),
    ).toEqual({ ok: false, error: 'referralRequired' });
    const [dentist] = await freeSlots('dentist');
    expect(
      await bookAppointment(resident, { slotId: dentist!.id, patient: { kind: 'self' } }, now),
    ).toMatchObject({ ok: true });
    const stranger = await newResident();
    await db.insert(clinicAttachments).values({ userId: stranger.id, clinicId });
    expect(
      await bookAppointment(stranger, { slotId: dentist!.id, patient: { kind: 'self' } }, now),
    ).toEqual({ ok: false, error: 'slotTaken' });
  });

  it('uses up the referral to a specialist', async () => {
    const [cardiologist] = await freeSlots('cardiologist');
    const booked = await bookAppointment(
      resident,
      { slotId: cardiologist!.id, patient: { kind: 'self' } },
      now,
    );
    expect(booked).toMatchObject({ ok: true });
    if (!booked.ok) return;
    const [referral] = await db
      .select({ appointmentId: referrals.appointmentId })
      .from(referrals)
      .where(and(eq(referrals.userId, resident.id), eq(referrals.specialty, 'cardiologist')));
    expect(referral!.appointmentId).toBe(booked.appointmentId);
  });

  it('books the paediatrician for a child one represents, never the adults’ therapist', async () => {
    const [pediatrician] = await freeSlots('pediatrician');
    expect(
      await bookAppointment(
        resident,
        { slotId: pediatrician!.id, patient: { kind: 'child', childId: youngerId } },
        now,
      ),
    ).toMatchObject({ ok: true });
    const [therapist] = await freeSlots('therapist');
    expect(
      await bookAppointment(
        resident,
        { slotId: therapist!.id, patient: { kind: 'child', childId: youngerId } },
        now,
      ),
    ).toEqual({ ok: false, error: 'wrongDistrictDoctor' });
  });

  it('no longer books for a linked child who has turned 18, nor puts them on a waitlist', async () => {
    const [pediatrician] = await freeSlots('pediatrician');
    const [child] = await db
      .select({ birthDate: children.birthDate })
      .from(children)
      .where(eq(children.id, youngerId));
    const grownUp = new Date(`${Number(child!.birthDate.slice(0, 4)) + 18}-12-31T12:00:00+03:00`);
    const patient = { kind: 'child', childId: youngerId } as const;
    expect(await bookAppointment(resident, { slotId: pediatrician!.id, patient }, grownUp)).toEqual(
      { ok: false, error: 'notRepresentative' },
    );
    expect(await joinWaitlist(resident, { patient, specialty: 'therapist' }, grownUp)).toEqual({
      ok: false,
      error: 'notRepresentative',
    });
    expect((await patientChoices(resident, grownUp)).map((c) => c.key).includes(youngerId)).toBe(
      false,
    );
  });

  it('answers a child one does not represent, and a malformed slot id, as not found', async () => {
    const [slot] = await freeSlots('pediatrician');
    const linked = await db.select().from(childLinks).where(eq(childLinks.childId, youngerId));
    expect(linked.map((l) => l.userId)).not.toContain(neighbour.id);
    expect(
      await bookAppointment(
        neighbour,
        { slotId: slot!.id, patient: { kind: 'child', childId: youngerId } },
        now,
      ),
    ).toEqual({ ok: false, error: 'notFound' });
    expect(
      await bookAppointment(resident, { slotId: 'not-a-slot', patient: { kind: 'self' } }, now),
    ).toEqual({ ok: false, error: 'notFound' });
  });

  it('refuses a slot that has begun, and stores nothing', async () => {
    const person = await newResident();
    await db.insert(clinicAttachments).values({ userId: person.id, clinicId });
    const [slot] = await freeSlots('dentist');
    const [row] = await db
      .select({ start: slots.startsAt })
      .from(slots)
      .where(eq(slots.id, slot!.id));
    const later = new Date(row!.start.getTime() + 60_000);
    expect(
      await bookAppointment(person, { slotId: slot!.id, patient: { kind: 'self' } }, later),
    ).toEqual({ ok: false, error: 'slotInPast' });
    expect(await db.select().from(appointments).where(eq(appointments.userId, person.id))).toEqual(
      [],
    );
  });
});

describe('cancelling and moving', () => {
  it('moves an appointment to another slot of the specialty, carrying its referral; cancelling gives the referral back', async () => {
    const person = await newResident();
    await db.insert(clinicAttachments).values({ userId: person.id, clinicId });
    await db.insert(referrals).values({
      userId: person.id,
      specialty: 'neurologist',
      issuedOn: '2000-01-01',
      validUntil: '2999-12-31',
    });
    const [first, second] = await freeSlots('neurologist');
    const booked = await bookAppointment(
      person,
      { slotId: first!.id, patient: { kind: 'self' } },
      now,
    );
    if (!booked.ok) throw new Error(booked.error);

    const moved = await moveAppointment(
      person,
      { appointmentId: booked.appointmentId, slotId: second!.id },
      now,
    );
    expect(moved).toMatchObject({ ok: true });
    if (!moved.ok) return;
    const referral = async () =>
      (
        await db
          .select({ appointmentId: referrals.appointmentId })
          .from(referrals)
          .where(eq(referrals.userId, person.id))
      )[0]!.appointmentId;
    expect(await referral()).toBe(moved.appointmentId);
    // The old slot is free again: someone else can take it.
    const other = await newResident();
    await db.insert(clinicAttachments).values({ userId: other.id, clinicId });
    await db.insert(referrals).values({
      userId: other.id,
      specialty: 'neurologist',
      issuedOn: '2000-01-01',
      validUntil: '2999-12-31',
    });
    expect(
      await bookAppointment(other, { slotId: first!.id, patient: { kind: 'self' } }, now),
    ).toMatchObject({ ok: true });

    expect(await cancelAppointment(person, moved.appointmentId, now)).toEqual({ ok: true });
    expect(await referral()).toBeNull();
    expect(await cancelAppointment(person, moved.appointmentId, now)).toEqual({
      ok: false,
      error: 'notFound',
    });
  });

  it('changes nothing from 2 hours before the appointment, nor for another person', async () => {
    const person = await newResident();
    await db.insert(clinicAttachments).values({ userId: person.id, clinicId });
    const [slot] = await freeSlots('gp');
    const booked = await bookAppointment(
      person,
      { slotId: slot!.id, patient: { kind: 'self' } },
      now,
    );
    if (!booked.ok) throw new Error(booked.error);
    const [row] = await db
      .select({ start: slots.startsAt })
      .from(slots)
      .where(eq(slots.id, slot!.id));
    const start = row!.start;
    const late = new Date(start.getTime() - 2 * 3_600_000 + 1);
    expect(await cancelAppointment(person, booked.appointmentId, late)).toEqual({
      ok: false,
      error: 'tooLate',
    });
    expect(await cancelAppointment(neighbour, booked.appointmentId, now)).toEqual({
      ok: false,
      error: 'notFound',
    });
    const onTime = new Date(start.getTime() - 2 * 3_600_000);
    expect(await cancelAppointment(person, booked.appointmentId, onTime)).toEqual({ ok: true });
  });
});

describe('my appointments', () => {
  it('lists the viewer’s and their children’s upcoming appointments with doctor, room and clinic', async () => {
    const { upcoming } = await listAppointments(resident, now);
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    const times = upcoming.map((a) => a.start.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const child = upcoming.find((a) => a.child?.id === youngerId);
    expect(child).toMatchObject({ specialty: 'pediatrician', status: 'booked', changeable: true });
    expect(child!.room).not.toBe('');
    expect(child!.clinicAddress).toMatch(/г\. Москва/);
    // Nobody else's.
    const { upcoming: theirs } = await listAppointments(neighbour, now);
    expect(theirs.some((a) => upcoming.some((b) => b.id === a.id))).toBe(false);
  });
});

describe.skipIf(!onPostgres())('at the same moment, on PostgreSQL', () => {
  it('50 bookings of one slot give one booking and 49 "just taken", no error', async () => {
    const people = await Promise.all(Array.from({ length: 50 }, () => newResident()));
    await db.insert(clinicAttachments).values(people.map((p) => ({ userId: p.id, clinicId })));
    const [slot] = await freeSlots('surgeon');
    const results = await Promise.all(
      people.map((p) => bookAppointment(p, { slotId: slot!.id, patient: { kind: 'self' } }, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'slotTaken')).toHaveLength(49);
    expect(
      await db.$count(
        appointments,
        and(eq(appointments.slotId, slot!.id), eq(appointments.status, 'booked')),
      ),
    ).toBe(1);
  });

  it('one patient booking two slots of one specialty at once gets one', async () => {
    const person = await newResident();
    await db.insert(clinicAttachments).values({ userId: person.id, clinicId });
    const [a, b] = await freeSlots('ophthalmologist');
    const results = await Promise.all(
      [a!, b!].map((s) =>
        bookAppointment(person, { slotId: s.id, patient: { kind: 'self' } }, now),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'alreadyBooked')).toHaveLength(1);
  });
});
