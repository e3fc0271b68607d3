import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  children,
  clinicAttachments,
  clinics,
  doctorDaysOff,
  doctorHours,
  doctors,
  referrals,
  users,
} from '@/db/schema';
import { addDays, moscowDate, nextWorkingWeekday } from '@/lib/city';
import { personName } from './names';
import { createRandom } from './random';

// The clinics' doctors and their weekly hours, who is attached where, and referrals for the demo
// family. Deterministic and idempotent like the rest of the seed.

/** Each clinic's staff: specialty, how many, and the week they work (ISO weekday → Moscow hours). */
const staff: {
  specialty: string;
  count: number;
  week: (i: number) => [number, string, string][];
}[] = [
  // District doctors alternate mornings and afternoons, and take Saturday mornings in turn.
  {
    specialty: 'therapist',
    count: 3,
    week: (i) => [
      ...[1, 2, 3, 4, 5].map((d): [number, string, string] =>
        (d + i) % 2 === 0 ? [d, '08:00', '14:00'] : [d, '14:00', '20:00'],
      ),
      ...(i === 0 ? [[6, '09:00', '15:00'] as [number, string, string]] : []),
    ],
  },
  {
    specialty: 'pediatrician',
    count: 2,
    week: (i) =>
      [1, 2, 3, 4, 5].map((d): [number, string, string] =>
        (d + i) % 2 === 0 ? [d, '08:00', '14:00'] : [d, '14:00', '19:00'],
      ),
  },
  {
    specialty: 'gp',
    count: 1,
    week: () => [
      [1, '09:00', '15:00'],
      [3, '09:00', '15:00'],
      [5, '09:00', '15:00'],
    ],
  },
  {
    specialty: 'dentist',
    count: 1,
    week: () => [
      [1, '08:00', '14:00'],
      [2, '14:00', '20:00'],
      [4, '08:00', '14:00'],
    ],
  },
  {
    specialty: 'ophthalmologist',
    count: 1,
    week: () => [
      [2, '09:00', '14:00'],
      [4, '14:00', '19:00'],
    ],
  },
  {
    specialty: 'otolaryngologist',
    count: 1,
    week: () => [
      [1, '14:00', '19:00'],
      [3, '09:00', '14:00'],
    ],
  },
  {
    specialty: 'surgeon',
    count: 1,
    week: () => [
      [2, '08:00', '13:00'],
      [5, '13:00', '18:00'],
    ],
  },
  { specialty: 'urologist', count: 1, week: () => [[3, '14:00', '18:00']] },
  {
    specialty: 'gynecologist',
    count: 1,
    week: () => [
      [2, '09:00', '15:00'],
      [4, '09:00', '15:00'],
    ],
  },
  {
    specialty: 'neurologist',
    count: 1,
    week: () => [
      [1, '09:00', '13:00'],
      [4, '14:00', '18:00'],
    ],
  },
  // Specialists booked by referral only, with little time: their queues reach the waitlist.
  { specialty: 'cardiologist', count: 1, week: () => [[3, '10:00', '12:00']] },
  { specialty: 'endocrinologist', count: 1, week: () => [[5, '10:00', '11:00']] },
];

/** How far ahead the demo endocrinologist's leave reaches: as long as the demo referrals last. */
const LEAVE_DAYS = 60;

export async function seedHealth(db: Db, now: Date): Promise<void> {
  const random = createRandom(20141202);
  const clinicRows = (
    await db
      .select({ id: clinics.id, district: clinics.district, name: clinics.name })
      .from(clinics)
  ).sort((a, b) => a.name.localeCompare(b.name));

  for (const [c, clinic] of clinicRows.entries()) {
    let room = 100 + c;
    for (const s of staff) {
      for (let i = 0; i < s.count; i++) {
        const { fullName } = personName(random);
        room += 7;
        const [doctor] = await db
          .insert(doctors)
          .values({ clinicId: clinic.id, fullName, specialty: s.specialty, room: String(room) })
          .onConflictDoNothing()
          .returning({ id: doctors.id });
        if (!doctor) continue;
        await db
          .insert(doctorHours)
          .values(
            s.week(i).map(([weekday, startsAt, endsAt]) => ({
              doctorId: doctor.id,
              weekday,
              startsAt,
              endsAt,
            })),
          )
          .onConflictDoNothing();
      }
    }
  }

  // One district therapist of each clinic is on leave for three days next week.
  const today = moscowDate(now);
  const onLeave = await db
    .select({ id: doctors.id })
    .from(doctors)
    .where(eq(doctors.specialty, 'therapist'));
  for (const d of onLeave.filter((_, i) => i % 3 === 1)) {
    await db
      .insert(doctorDaysOff)
      .values([7, 8, 9].map((n) => ({ doctorId: d.id, day: addDays(today, n) })))
      .onConflictDoNothing();
  }

  const byDistrict = new Map(clinicRows.map((c) => [c.district, c.id]));
  const residentClinic = byDistrict.get('Хамовники') ?? clinicRows[0]!.id;

  // The demo's waitlist story: the demo family's endocrinologist is on leave but for one Friday,
  // whose two slots are not enough for three referrals, so the third patient joins the waitlist.
  // The first working Friday after today, so the slots job always has that day in its 14 days
  // (except in the New Year holidays, whose Fridays are days off).
  const oneFriday = nextWorkingWeekday(today, 5);
  const [endocrinologist] = await db
    .select({ id: doctors.id })
    .from(doctors)
    .where(and(eq(doctors.clinicId, residentClinic), eq(doctors.specialty, 'endocrinologist')));
  if (endocrinologist) {
    await db
      .insert(doctorDaysOff)
      .values(
        Array.from({ length: LEAVE_DAYS + 1 }, (_, n) => addDays(today, n))
          .filter((day) => day !== oneFriday)
          .map((day) => ({ doctorId: endocrinologist.id, day })),
      )
      .onConflictDoNothing();
    // Seeding again on a later day picks a later Friday, which an earlier run's leave covers.
    await db
      .delete(doctorDaysOff)
      .where(and(eq(doctorDaysOff.doctorId, endocrinologist.id), eq(doctorDaysOff.day, oneFriday)));
  }

  // Attachments: the demo accounts by their apartment's district, every child to a clinic.
  const demo = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['resident@moygorod.test', 'neighbour@moygorod.test']));
  const districtOf: Record<string, string> = {
    'resident@moygorod.test': 'Хамовники',
    'neighbour@moygorod.test': 'Тверской',
  };
  for (const u of demo)
    await db
      .insert(clinicAttachments)
      .values({ userId: u.id, clinicId: byDistrict.get(districtOf[u.email]!) ?? clinicRows[0]!.id })
      .onConflictDoNothing();
  const unattached = await db
    .select({ id: children.id, certificate: children.birthCertificate })
    .from(children)
    .leftJoin(clinicAttachments, eq(clinicAttachments.childId, children.id))
    .where(isNull(clinicAttachments.id))
    .orderBy(children.birthCertificate);
  for (const [i, child] of unattached.entries()) {
    const demoChild = ['IV-МЮ 123456', 'II-МЮ 654321'].includes(child.certificate);
    await db
      .insert(clinicAttachments)
      .values({
        childId: child.id,
        clinicId: demoChild ? residentClinic : clinicRows[i % clinicRows.length]!.id,
      })
      .onConflictDoNothing();
  }

  // Referrals of the demo family: the resident to a cardiologist, the younger child to a
  // neurologist (an ophthalmologist is self-booked), and all three to the endocrinologist above.
  const resident = demo.find((u) => u.email === 'resident@moygorod.test');
  const demoChildren = await db
    .select({ id: children.id, certificate: children.birthCertificate })
    .from(children)
    .where(inArray(children.birthCertificate, ['IV-МЮ 123456', 'II-МЮ 654321']));
  const elder = demoChildren.find((c) => c.certificate === 'IV-МЮ 123456');
  const younger = demoChildren.find((c) => c.certificate === 'II-МЮ 654321');
  const wanted = [
    ...(resident
      ? ['cardiologist', 'endocrinologist'].map((specialty) => ({
          userId: resident.id,
          childId: null,
          specialty,
        }))
      : []),
    ...(elder ? [{ userId: null, childId: elder.id, specialty: 'endocrinologist' }] : []),
    ...(younger
      ? ['neurologist', 'endocrinologist'].map((specialty) => ({
          userId: null,
          childId: younger.id,
          specialty,
        }))
      : []),
  ];
  for (const r of wanted) {
    const [have] = await db
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          r.userId ? eq(referrals.userId, r.userId) : eq(referrals.childId, r.childId!),
          eq(referrals.specialty, r.specialty),
        ),
      );
    if (have) continue;
    await db
      .insert(referrals)
      .values({ ...r, issuedOn: today, validUntil: addDays(today, LEAVE_DAYS) });
  }
}
