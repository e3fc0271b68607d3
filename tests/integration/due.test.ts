import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getDueThisMonth, type DueItem } from '@/services/due';
import { generateEpds, listEpds } from '@/db/queries/epd';
import { listMyFines } from '@/db/queries/fines';
import { getReadingsOverview, submitReadings } from '@/db/queries/readings';
import {
  appointments,
  apartments,
  children,
  clinicAttachments,
  doctors,
  fines,
  slots,
  users,
} from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { dueSoonDemoMeter, housingSeedPeriod, overdueDemoMeter } from '@/db/seed/housing';
import { addDays, dayParts, addMonths, moscowTime, periodParts } from '@/lib/city';
import { fromThousandths, toThousandths } from '@/lib/housing';
import { newResident, viewerOf } from '../setup/fixtures';

// The seed is laid out relative to today: one overdue meter, one due within 45 days, and the
// current reading periods left empty.
const today = new Date();
const waterPeriod = housingSeedPeriod('water', today);
const inWaterWindow = (() => {
  const { year, month } = periodParts(waterPeriod);
  return moscowTime(year, month, 20, 12);
})();
const [firstFlat, secondFlat] = demoRecords.residentApartments;

async function apartmentId(payerCode: string) {
  const [row] = await db
    .select({ id: apartments.id })
    .from(apartments)
    .where(eq(apartments.payerCode, payerCode));
  return row!.id;
}

const ofType = <T extends DueItem['type']>(items: DueItem[], type: T) =>
  items.filter((i): i is Extract<DueItem, { type: T }> => i.type === type);

describe('due this month: meter verification', () => {
  it('brings up the demo resident’s overdue meter and the one due within 60 days, and no other', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const items = ofType(await getDueThisMonth(resident, today), 'verification');

    expect(items.map((i) => i.serialNumber)).toEqual([overdueDemoMeter, dueSoonDemoMeter]);
    const [overdue, dueSoon] = items;
    expect(overdue).toMatchObject({
      expired: true,
      meterKind: 'hot_water',
      apartment: { id: await apartmentId(secondFlat.payerCode), flat: secondFlat.flat },
    });
    expect(overdue!.daysLeft).toBeLessThan(0);
    expect(dueSoon).toMatchObject({
      expired: false,
      daysLeft: 45,
      meterKind: 'cold_water',
      apartment: { id: await apartmentId(firstFlat.payerCode) },
    });
  });
});

describe('due this month: reading windows', () => {
  it('asks for water readings for each apartment until they are sent, then stops asking', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const waterItems = async () =>
      ofType(await getDueThisMonth(resident, inWaterWindow), 'readings').filter(
        (i) => i.readingKind === 'water',
      );

    const before = await waterItems();
    expect(before.map((i) => i.apartment.flat).sort()).toEqual(
      [firstFlat.flat, secondFlat.flat].sort(),
    );
    expect(before.every((i) => i.period === waterPeriod)).toBe(true);

    const overview = await getReadingsOverview(resident, 'water', undefined, inWaterWindow);
    const readings = overview!.meters
      .filter((m) => !m.overdue)
      .flatMap((m) =>
        m.previous.values.map((v, z) => ({
          meterId: m.id,
          zone: z + 1,
          value: fromThousandths(toThousandths(v) + 1000n),
        })),
      );
    const sent = await submitReadings(
      resident,
      'water',
      { apartmentId: overview!.apartment!.id, readings, confirmed: true },
      inWaterWindow,
    );
    expect(sent).toMatchObject({ ok: true });

    const after = await waterItems();
    expect(after.map((i) => i.apartment.id)).not.toContain(overview!.apartment!.id);
    expect(after).toHaveLength(1);
  });
});

describe('due this month: the ЕПД', () => {
  it('shows the latest ЕПД as due on the 10th and as overdue from the 11th', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const older = addMonths(waterPeriod, -2);
    const latest = addMonths(waterPeriod, -1);
    await generateEpds(older);
    await generateEpds(latest);

    const { year, month } = periodParts(waterPeriod);
    const onTheTenth = moscowTime(year, month, 10, 23, 59);
    const onTheEleventh = moscowTime(year, month, 11, 0, 0);

    const documents = await listEpds(resident);
    const latestIds = documents.map((a) => a.epds.find((e) => e.period === latest)!.id);

    const due = ofType(await getDueThisMonth(resident, onTheTenth), 'epd');
    expect(due.map((i) => i.epdId).sort()).toEqual([...latestIds].sort());
    expect(due.every((i) => !i.overdue && i.daysLeft === 0 && i.period === latest)).toBe(true);
    expect(due.every((i) => i.dueDate === `${waterPeriod.slice(0, 8)}10`)).toBe(true);
    expect(due.every((i) => i.totalKopecks > 0)).toBe(true);

    const overdue = ofType(await getDueThisMonth(resident, onTheEleventh), 'epd');
    expect(overdue.map((i) => i.epdId).sort()).toEqual([...latestIds].sort());
    expect(overdue.every((i) => i.overdue && i.daysLeft === -1)).toBe(true);
  });
});

describe('due this month: whose items', () => {
  it('shows a neighbour only their own apartment', async () => {
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const own = await apartmentId(demoRecords.neighbourApartment.payerCode);
    const items = await getDueThisMonth(neighbour, inWaterWindow);

    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => ('apartment' in i ? i.apartment.id : i.type)))).toEqual(
      new Set([own]),
    );
  });

  it('is empty for a resident with nothing linked and for nobody signed in', async () => {
    expect(await getDueThisMonth(await newResident(), inWaterWindow)).toEqual([]);
    expect(await getDueThisMonth(null, inWaterWindow)).toEqual([]);
  });
});

describe('due this month: doctor’s appointments', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const inDays = (n: number) => new Date(Math.floor((today.getTime() + n * DAY) / 60_000) * 60_000);
  let counter = 0;

  /** A booking written straight to the database, on a slot of a doctor of the resident's clinic. */
  async function booking(
    bookedBy: string,
    patient: { userId: string } | { childId: string },
    specialty: string,
    startsAt: Date,
    status: 'booked' | 'cancelled' = 'booked',
  ) {
    const [attachment] = await db
      .select({ clinicId: clinicAttachments.clinicId })
      .from(clinicAttachments)
      .innerJoin(users, eq(users.id, clinicAttachments.userId))
      .where(eq(users.email, 'resident@moygorod.test'));
    const [doctor] = await db
      .select({ id: doctors.id, fullName: doctors.fullName })
      .from(doctors)
      .where(and(eq(doctors.clinicId, attachment!.clinicId), eq(doctors.specialty, specialty)))
      .limit(1);
    const [slot] = await db
      .insert(slots)
      .values({ doctorId: doctor!.id, startsAt, minutes: 20 })
      .returning({ id: slots.id });
    counter += 1;
    await db.insert(appointments).values({
      number: `З-due-${counter}`,
      slotId: slot!.id,
      specialty,
      bookedBy,
      status,
      ...patient,
    });
    return doctor!.fullName;
  }

  it('brings up the booked appointments of the next 30 days, the resident’s and their child’s', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const [younger] = await db
      .select({ id: children.id, fullName: children.fullName })
      .from(children)
      .where(eq(children.birthCertificate, demoRecords.residentChildren[1].birthCertificate));
    const self = { userId: resident.id };
    const surgeon = await booking(resident.id, self, 'surgeon', inDays(2));
    const neurologist = await booking(
      resident.id,
      { childId: younger!.id },
      'neurologist',
      inDays(5),
    );
    await booking(resident.id, self, 'dentist', inDays(3), 'cancelled');
    await booking(resident.id, self, 'urologist', inDays(40));

    const items = ofType(await getDueThisMonth(resident, today), 'appointment');
    expect(
      items.map((i) => ({ specialty: i.specialty, doctor: i.doctorName, child: i.childName })),
    ).toEqual([
      { specialty: 'surgeon', doctor: surgeon, child: null },
      { specialty: 'neurologist', doctor: neurologist, child: younger!.fullName },
    ]);
    expect(items[0]!.start).toEqual(inDays(2));

    // Another resident sees none of them.
    const neighbour = await viewerOf('neighbour@moygorod.test');
    expect(ofType(await getDueThisMonth(neighbour, today), 'appointment')).toEqual([]);
  });

  it('shows a resident with no apartment linked their appointment alone', async () => {
    const stranger = await newResident();
    await booking(stranger.id, { userId: stranger.id }, 'ophthalmologist', inDays(1));

    const items = await getDueThisMonth(stranger, today);
    expect(items.map((i) => i.type)).toEqual(['appointment']);
  });
});

describe('due this month: fines', () => {
  const redLight = 'Проезд на запрещающий сигнал светофора';

  it('brings up the demo resident’s fine whose discount ends within two days, and no other', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const mine = (await listMyFines(resident, today))!.fines;
    const ending = mine.find(
      (f) => f.articleTitle === redLight && f.plate === demoRecords.residentVehicle.plate,
    )!;
    expect(ending.status.kind).toBe('discount');

    const items = ofType(await getDueThisMonth(resident, today), 'fine');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      fineId: ending.id,
      uin: ending.uin,
      reason: 'discount',
      plate: demoRecords.residentVehicle.plate,
      payKopecks: ending.amountKopecks / 2,
      urgent: true,
    });
    expect(items[0]!.daysLeft).toBeGreaterThanOrEqual(0);
    expect(items[0]!.daysLeft).toBeLessThanOrEqual(2);
  });

  it('brings up an unpaid fine in the last week of its term to pay in full', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    // The unpaid fine past its discount whose term ends soonest (the list puts it first of those).
    const due = (await listMyFines(resident, today))!.fines.find((f) => f.status.kind === 'due')!;
    const { year, month, day } = dayParts(addDays(due.deadlines.dueBy, -3));
    const items = ofType(await getDueThisMonth(resident, moscowTime(year, month, day, 12)), 'fine');

    expect(items.find((i) => i.fineId === due.id)).toMatchObject({
      reason: 'due',
      until: due.deadlines.dueBy,
      payKopecks: due.amountKopecks,
      daysLeft: 3,
    });
  });

  it('shows the neighbour none of them, and drops a fine once it is paid', async () => {
    const neighbour = await viewerOf('neighbour@moygorod.test');
    expect(ofType(await getDueThisMonth(neighbour, today), 'fine')).toEqual([]);

    const resident = await viewerOf('resident@moygorod.test');
    const [item] = ofType(await getDueThisMonth(resident, today), 'fine');
    await db.update(fines).set({ paidAt: today }).where(eq(fines.id, item!.fineId));
    expect(ofType(await getDueThisMonth(resident, today), 'fine')).toEqual([]);
  });
});
