// Creates the appointments benchmark's patients in the PostgreSQL database DATABASE_URL names, fills
// the doctors' next 14 days of slots (the slots job's own generateSlots) and plans who books what.
// Usage: tsx --conditions=react-server bench/prepare-patients.ts --storm 200 --load 600
// Prints one line of JSON (see Prepared below). Every resident signs in with the demo password and is
// attached to one clinic.
import { parseArgs } from 'node:util';
import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { openPostgres, type DbHandle } from '@/db/client';
import { appointments, clinicAttachments, clinics, doctors, slots, users } from '@/db/schema';
import type { Specialty } from '@/lib/health';

export type Resident = { id: string; email: string; clinicId: string };
/** `day`: the slot's Moscow day, which the booking page shows it on. */
export type PlannedSlot = { id: string; doctorId: string; specialty: string; day: string };
/** One booking of the load: resident `resident` (an index into `load.residents`) takes `slot`. */
export type PlannedBooking = { resident: number; slot: PlannedSlot };

export type Prepared = {
  storm: {
    clinicId: string;
    doctorId: string;
    /** Signs in to record the browser's booking request; books `probeSlot`, none of `slots`. */
    probe: Resident;
    probeSlot: PlannedSlot;
    residents: Resident[];
    slots: PlannedSlot[];
  };
  load: { residents: Resident[]; bookings: PlannedBooking[] };
};

const STORM_SLOTS = 20;
/** Slots starting sooner are left alone: none may begin (and refuse bookings) while the bench runs. */
const MARGIN_MS = 3 * 3_600_000;
/**
 * What an adult books without a referral: both district doctors an adult may choose (the adult
 * therapist and the GP; the paediatrician is refused as wrongDistrictDoctor) and the six specialists of
 * DEFAULT_DIRECT_SPECIALTIES.
 */
const ADULT_DIRECT: Specialty[] = [
  'therapist',
  'gp',
  'dentist',
  'ophthalmologist',
  'otolaryngologist',
  'surgeon',
  'urologist',
  'gynecologist',
];

async function main() {
  const { values } = parseArgs({
    options: { storm: { type: 'string', default: '200' }, load: { type: 'string', default: '0' } },
  });
  const stormCount = Number(values.storm);
  const loadCount = Number(values.load);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name the benchmark database');
  const handle = openPostgres(url, 4);
  // The Data Access Layer takes the process's database from here (see db/index.ts).
  (globalThis as unknown as { __moyGorodDb?: DbHandle }).__moyGorodDb = handle;
  const { db } = handle;
  const { generateSlots } = await import('@/db/queries/health-slots');

  const now = new Date();
  await generateSlots(now);
  const earliest = new Date(now.getTime() + MARGIN_MS);

  const [demo] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.email, 'resident@moygorod.test'));
  const clinicRows = await db.select({ id: clinics.id }).from(clinics).orderBy(asc(clinics.name));
  if (clinicRows.length === 0) throw new Error('the seed has no clinics');

  let phone = 0;
  async function createResidents(prefix: string, count: number, clinicOf: (i: number) => string) {
    const rows = Array.from({ length: count }, (_, i) => ({
      fullName: 'Нагрузочный Пациент Тестович',
      email: `${prefix}-${i}@moygorod.test`,
      phone: `+7991${String(phone++).padStart(7, '0')}`,
      passwordHash: demo!.hash,
    }));
    const residents: Resident[] = [];
    for (let i = 0; i < rows.length; i += 1000) {
      const created = await db
        .insert(users)
        .values(rows.slice(i, i + 1000))
        .returning({ id: users.id, email: users.email });
      residents.push(...created.map((u, j) => ({ ...u, clinicId: clinicOf(i + j) })));
    }
    for (let i = 0; i < residents.length; i += 1000)
      await db
        .insert(clinicAttachments)
        .values(residents.slice(i, i + 1000).map((r) => ({ userId: r.id, clinicId: r.clinicId })));
    return residents;
  }

  /** Free slots from `earliest` on, earliest first, of the given doctors or specialties. */
  const freeSlots = (where: ReturnType<typeof and>) =>
    db
      .select({
        id: slots.id,
        doctorId: slots.doctorId,
        specialty: doctors.specialty,
        clinicId: doctors.clinicId,
        day: sql<string>`to_char(${slots.startsAt} at time zone 'Europe/Moscow', 'YYYY-MM-DD')`,
      })
      .from(slots)
      .innerJoin(doctors, eq(doctors.id, slots.doctorId))
      .leftJoin(
        appointments,
        and(eq(appointments.slotId, slots.id), eq(appointments.status, 'booked')),
      )
      .where(and(where, gt(slots.startsAt, earliest), isNull(appointments.id)))
      .orderBy(asc(slots.startsAt), asc(slots.id));

  // The storm: one district therapist's next free slots in the first clinic, the page's own doctor.
  const stormClinic = clinicRows[0]!.id;
  const [stormDoctor] = await db
    .select({ id: doctors.id })
    .from(doctors)
    .innerJoin(slots, eq(slots.doctorId, doctors.id))
    .where(
      and(
        eq(doctors.clinicId, stormClinic),
        eq(doctors.specialty, 'therapist'),
        gt(slots.startsAt, earliest),
      ),
    )
    .groupBy(doctors.id)
    .having(sql`count(*) > ${STORM_SLOTS}`)
    .orderBy(asc(doctors.fullName))
    .limit(1);
  if (!stormDoctor) throw new Error(`no therapist has ${STORM_SLOTS + 1} slots ahead`);
  const stormSlots = (await freeSlots(eq(slots.doctorId, stormDoctor.id))).slice(
    0,
    STORM_SLOTS + 1,
  );
  const [probe] = await createResidents('appt-probe', 1, () => stormClinic);
  const stormResidents = await createResidents('appt-storm', stormCount, () => stormClinic);

  // The load: every request must be a booking that succeeds, and a patient holds one booking per
  // specialty, so each resident is planned at most one slot of each specialty an adult books
  // directly, in their own clinic. Residents are spread over the clinics; slots are taken earliest
  // first, each once, the storm doctor's left out. The plan is interleaved so that consecutive
  // requests go to different clinics and specialties, as a city's bookings would.
  const loadResidents = await createResidents(
    'appt-load',
    loadCount,
    (i) => clinicRows[i % clinicRows.length]!.id,
  );
  const available = await freeSlots(
    and(inArray(doctors.specialty, ADULT_DIRECT), ne(doctors.id, stormDoctor.id)),
  );
  const residentsOf = new Map<string, number[]>();
  loadResidents.forEach((r, i) =>
    residentsOf.set(r.clinicId, [...(residentsOf.get(r.clinicId) ?? []), i]),
  );
  const taken = new Map<string, number>();
  const rounds: PlannedBooking[][] = [];
  for (const s of available) {
    const key = `${s.clinicId} ${s.specialty}`;
    const k = taken.get(key) ?? 0;
    const resident = residentsOf.get(s.clinicId)?.[k];
    if (resident === undefined) continue;
    taken.set(key, k + 1);
    (rounds[k] ??= []).push({
      resident,
      slot: strip(s),
    });
  }
  const bookings = rounds.flat();

  const prepared: Prepared = {
    storm: {
      clinicId: stormClinic,
      doctorId: stormDoctor.id,
      probe: probe!,
      probeSlot: strip(stormSlots[STORM_SLOTS]!),
      residents: stormResidents,
      slots: stormSlots.slice(0, STORM_SLOTS).map(strip),
    },
    load: { residents: loadResidents, bookings },
  };
  await handle.close();
  console.log(JSON.stringify(prepared));
}

const strip = ({ id, doctorId, specialty, day }: PlannedSlot): PlannedSlot => ({
  id,
  doctorId,
  specialty,
  day,
});

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
