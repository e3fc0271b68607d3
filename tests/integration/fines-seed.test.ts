import { and, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { drivingLicences, fines, licenceLinks, vehicles } from '@/db/schema';
import { demoRecords, seed } from '@/db/seed';
import { seedFines } from '@/db/seed/fines';
import { addDays } from '@/lib/city';
import { ARTICLE_PATTERN, fineStatus, hasDiscount, isValidUin, makeUin } from '@/lib/fines';
import { moscowDate, moscowTime } from '@/lib/city';
import { viewerOf } from '../setup/fixtures';

// The fines registry as the seed lays it: what the README and the browser tests rely on.

async function vehicleId(sts: string) {
  const [row] = await db.select({ id: vehicles.id }).from(vehicles).where(eq(vehicles.sts, sts));
  return row!.id;
}

async function licenceId(number: string) {
  const [row] = await db
    .select({ id: drivingLicences.id })
    .from(drivingLicences)
    .where(eq(drivingLicences.number, number));
  return row!.id;
}

describe('the seeded fines registry', () => {
  it('has valid УИНs and articles in the stored spelling only', async () => {
    const rows = await db
      .select({ uin: fines.uin, article: fines.article, decisionNumber: fines.decisionNumber })
      .from(fines);
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(isValidUin(r.uin), r.uin).toBe(true);
      expect(r.article).toMatch(ARTICLE_PATTERN);
      expect(() => hasDiscount(r.article)).not.toThrow();
      expect(r.decisionNumber).toBe(r.uin);
    }
    expect(rows.some((r) => !hasDiscount(r.article))).toBe(true);
  });

  it.each([
    ['today', new Date()],
    ['on a Friday', moscowTime(2026, 12, 4, 15)],
    ['on a Saturday night', moscowTime(2026, 12, 5, 23, 30)],
    ['before the New Year holidays', moscowTime(2026, 12, 28, 9)],
  ])(
    "seeded %s, gives the demo resident's car a fine in each state, one discount ending within two days",
    async (_, now) => {
      // The car's fines laid again as a first run on that day would: the same УИНs, new dates.
      const car = await vehicleId(demoRecords.residentVehicle.sts);
      await db.delete(fines).where(eq(fines.vehicleId, car));
      await seedFines(db, now);

      const rows = await db.select().from(fines).where(eq(fines.vehicleId, car));
      const statuses = rows.map((f) => ({ article: f.article, status: fineStatus(f, now) }));
      expect(new Set(statuses.map((s) => s.status.kind))).toEqual(
        new Set(['discount', 'due', 'overdue', 'paid']),
      );
      const today = moscowDate(now);
      expect(
        statuses.some(
          (s) =>
            s.status.kind === 'discount' &&
            s.status.until >= today &&
            s.status.until <= addDays(today, 2),
        ),
      ).toBe(true);
      // An article without a discount, still within its time to pay.
      expect(statuses.some((s) => !hasDiscount(s.article) && s.status.kind === 'due')).toBe(true);
      for (const f of rows) {
        expect(f.offenceAt.getTime()).toBeLessThan(now.getTime());
        expect(f.createdAt.getTime()).toBeLessThan(now.getTime());
        if (f.paidAt) expect(f.paidAt.getTime()).toBeLessThan(now.getTime());
      }
    },
  );

  it('links the demo licence to the resident, and names it on a fine without a vehicle', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const licence = await licenceId(demoRecords.residentLicence.number);
    const links = await db.select().from(licenceLinks).where(eq(licenceLinks.licenceId, licence));
    expect(links.map((l) => l.userId)).toEqual([resident.id]);
    const [row] = await db
      .select({ issuedOn: drivingLicences.issuedOn })
      .from(drivingLicences)
      .where(eq(drivingLicences.id, licence));
    expect(row!.issuedOn).toBe(demoRecords.residentLicence.issuedOn);
    const byLicence = await db
      .select({ officer: fines.officer })
      .from(fines)
      .where(and(eq(fines.licenceId, licence), isNull(fines.vehicleId)));
    expect(byLicence).toHaveLength(1);
    expect(byLicence[0]!.officer).toBeTruthy();
  });

  it('leaves fines on a free car and a free licence for an anonymous check, none on the others', async () => {
    const [withFines, without] = demoRecords.freeVehicles;
    const onCar = await db
      .select({ paidAt: fines.paidAt })
      .from(fines)
      .where(eq(fines.vehicleId, await vehicleId(withFines.sts)));
    expect(onCar).toHaveLength(2);
    expect(onCar.every((f) => f.paidAt === null)).toBe(true);
    expect(await db.$count(fines, eq(fines.vehicleId, await vehicleId(without.sts)))).toBe(0);

    const [licenceWithFine, licenceWithout] = demoRecords.freeLicences;
    expect(
      await db.$count(fines, eq(fines.licenceId, await licenceId(licenceWithFine.number))),
    ).toBe(1);
    expect(
      await db.$count(fines, eq(fines.licenceId, await licenceId(licenceWithout.number))),
    ).toBe(0);
    const linked = await db
      .select()
      .from(licenceLinks)
      .where(
        inArray(licenceLinks.licenceId, [
          await licenceId(licenceWithFine.number),
          await licenceId(licenceWithout.number),
        ]),
      );
    expect(linked).toEqual([]);
  });

  it('adds nothing when seeded again on a later day', async () => {
    const uins = async () =>
      (await db.select({ uin: fines.uin }).from(fines)).map((r) => r.uin).sort();
    const before = await uins();
    const licences = await db.$count(drivingLicences);
    const links = await db.$count(licenceLinks);

    const summary = await seed(db, new Date(Date.now() + 3 * 24 * 3_600_000));
    expect(summary.fines).toBe(before.length);
    expect(summary.licences).toBe(licences);
    expect(await uins()).toEqual(before);
    expect(await db.$count(licenceLinks)).toBe(links);
  });
});

describe('the fines table refuses', () => {
  const valid = async (): Promise<typeof fines.$inferInsert> => ({
    uin: makeUin('1881017799990000001'),
    vehicleId: await vehicleId(demoRecords.freeVehicles[1].sts),
    licenceId: null,
    article: '12.9 ч.2',
    articleTitle: 'Превышение скорости на 20–40 км/ч',
    place: 'г. Москва, Ленинский пр-т, д. 95',
    offenceAt: moscowTime(2026, 11, 2, 12),
    decisionDate: '2026-11-03',
    decisionNumber: '18810177999900000017',
    amountKopecks: 50_000,
    camera: 'Кордон № MD0001',
    officer: null,
  });

  it.each<[string, Partial<typeof fines.$inferInsert>]>([
    [
      'a fine naming neither a vehicle nor a licence',
      { vehicleId: null, officer: 'x', camera: null },
    ],
    ["a camera's fine without the vehicle", { vehicleId: null, licenceId: 'licence' }],
    ['an article in another spelling', { article: 'ст. 12.9 ч. 2' }],
    ['a УИН not of the traffic police', { uin: '32210177999900000011' }],
    ['a zero amount', { amountKopecks: 0 }],
    ['a fine by both a camera and an officer', { officer: 'инспектор ДПС' }],
    ['an offence after its decision (Moscow days)', { offenceAt: moscowTime(2026, 11, 4, 0, 30) }],
  ])('%s', async (_, change) => {
    const row = { ...(await valid()), ...change };
    if (row.licenceId === 'licence')
      row.licenceId = await licenceId(demoRecords.freeLicences[1].number);
    await expect(db.insert(fines).values(row)).rejects.toThrow();
    expect(await db.$count(fines, eq(fines.uin, row.uin!))).toBe(0);
  });

  it('accepts the same fine as it should be', async () => {
    const row = await valid();
    await db.insert(fines).values(row);
    expect(await db.$count(fines, eq(fines.uin, row.uin!))).toBe(1);
    await db.delete(fines).where(eq(fines.uin, row.uin!));
  });
});
