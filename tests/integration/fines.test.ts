import { and, eq, or, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { checkFines, getFine, listMyFines, type FineCheck } from '@/db/queries/fines';
import { drivingLicences, fines, usageEvents, vehicles } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import type { Viewer } from '@/lib/auth/roles';
import { amountDueOn, discountedKopecks, hasDiscount, makeUin } from '@/lib/fines';
import { FINE_ACCESS_TTL_MS } from '@/lib/fines/access';
import { addDays } from '@/lib/city';
import { moscowDate } from '@/lib/city';
import { viewerOf } from '../setup/fixtures';

// The fines a resident sees as theirs, what a check by documents opens to anyone, and who may open
// a fine's page. The seed lays the fines relative to the day it ran, so `now` is the real clock.

const now = new Date();
const car = demoRecords.residentVehicle;
const [freeCar] = demoRecords.freeVehicles;
const [freeLicence] = demoRecords.freeLicences;

let resident: Viewer;
let neighbour: Viewer;
/** The ids of the fines on the demo resident's car and licence, as the registry has them. */
let residentFineIds: string[];

beforeAll(async () => {
  resident = await viewerOf('resident@moygorod.test');
  neighbour = await viewerOf('neighbour@moygorod.test');
  const rows = await db
    .select({ id: fines.id })
    .from(fines)
    .leftJoin(vehicles, eq(vehicles.id, fines.vehicleId))
    .leftJoin(drivingLicences, eq(drivingLicences.id, fines.licenceId))
    .where(
      or(eq(vehicles.sts, car.sts), eq(drivingLicences.number, demoRecords.residentLicence.number)),
    );
  residentFineIds = rows.map((r) => r.id);
});

/** A fresh throttle key and visitor, so one test's misses and uses never count in another's. */
const anonymous = () => {
  const id = crypto.randomUUID();
  return { actor: { visitorHash: `visitor-${id}` }, throttle: [`address-${id}`] };
};

async function usesBy(visitorHash: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(usageEvents)
    .where(and(eq(usageEvents.service, 'traffic-fines'), eq(usageEvents.visitorHash, visitorHash)));
  return row!.n;
}

const byFreeCar: FineCheck = { by: 'vehicle', plate: freeCar.plate, sts: freeCar.sts };

async function checkedFine(check: FineCheck = byFreeCar) {
  const result = await checkFines(check, anonymous(), now);
  if (result.status !== 'found') throw new Error(`check: ${result.status}`);
  return result.fines[0]!;
}

describe("the resident's fines", () => {
  it('are the fines of her car and licence only, each with the status and amount of today', async () => {
    const mine = (await listMyFines(resident, now))!;
    expect(mine.vehicles.map((v) => v.plate)).toEqual([car.plate]);
    expect(mine.licences.map((l) => l.number)).toEqual([demoRecords.residentLicence.number]);
    expect(mine.fines.map((f) => f.id).sort()).toEqual([...residentFineIds].sort());
    expect(mine.fines).toHaveLength(7);

    for (const f of mine.fines) {
      if (f.status.kind === 'paid') {
        expect(f.paidAt).not.toBeNull();
        continue;
      }
      expect(f.status.payKopecks).toBe(amountDueOn(f, now));
      expect(f.status.payKopecks).toBe(
        f.status.kind === 'discount' ? discountedKopecks(f.amountKopecks) : f.amountKopecks,
      );
      expect(f.countdown === null).toBe(f.status.kind !== 'discount');
    }
    // The article without a discount is never halved, however fresh.
    const noDiscount = mine.fines.find((f) => !hasDiscount(f.article))!;
    expect(noDiscount.status).toMatchObject({ kind: 'due', payKopecks: noDiscount.amountKopecks });
    // The fine on her licence alone (an officer's, in someone else's car) is listed too.
    expect(mine.fines.some((f) => f.plate === null && f.licenceNumber !== null)).toBe(true);
  });

  it('come most urgent first: the discount ending soonest, then due, overdue, and paid last', async () => {
    const { fines: list } = (await listMyFines(resident, now))!;
    expect(list.map((f) => f.status.kind)).toEqual([
      'discount',
      'discount',
      'discount',
      'due',
      'due',
      'overdue',
      'paid',
    ]);
    const untils = list.flatMap((f) => ('until' in f.status ? [f.status.until] : []));
    expect(untils.slice(0, 3)).toEqual([...untils.slice(0, 3)].sort());
    expect(untils.slice(3)).toEqual([...untils.slice(3)].sort());
    // The seed's discount that ends within two days is the very first.
    const today = moscowDate(now);
    const first = list[0]!.status as { until: string };
    expect(first.until >= today && first.until <= addDays(today, 2)).toBe(true);
  });

  it('are not the neighbour’s: her list has none of them and their pages are not found to her', async () => {
    const theirs = await listMyFines(neighbour, now);
    expect(theirs?.fines.filter((f) => residentFineIds.includes(f.id))).toEqual([]);
    for (const id of residentFineIds) expect(await getFine(neighbour, id, null, now)).toBeNull();
  });

  it('open to their owner as hers, to nobody signed out without a token', async () => {
    const id = residentFineIds[0]!;
    expect(await getFine(resident, id, null, now)).toMatchObject({ id, mine: true });
    expect(await getFine(null, id, null, now)).toBeNull();
    expect(await getFine(null, id, 'not-a-token', now)).toBeNull();
    expect(await listMyFines(null, now)).toBeNull();
  });
});

describe("a fine's page", () => {
  it('opens with the token a check gave, for anyone, until the token expires', async () => {
    const found = await checkedFine();
    for (const viewer of [null, neighbour]) {
      const fine = await getFine(viewer, found.id, found.accessToken, now);
      expect(fine).toMatchObject({ id: found.id, uin: found.uin, mine: false });
    }
    const later = new Date(now.getTime() + FINE_ACCESS_TTL_MS - 60_000);
    expect(await getFine(null, found.id, found.accessToken, later)).not.toBeNull();
    const expired = new Date(now.getTime() + FINE_ACCESS_TTL_MS + 1000);
    expect(await getFine(null, found.id, found.accessToken, expired)).toBeNull();
  });

  it('does not open with the token of another fine', async () => {
    const result = await checkFines(byFreeCar, anonymous(), now);
    if (result.status !== 'found') throw new Error(result.status);
    const [a, b] = result.fines;
    expect(await getFine(null, a!.id, b!.accessToken, now)).toBeNull();
    // Nor does a check's token open a resident's fine it was not made for.
    expect(await getFine(null, residentFineIds[0]!, a!.accessToken, now)).toBeNull();
  });

  it('is not found for a malformed or unknown id, even to the owner', async () => {
    const found = await checkedFine();
    for (const id of ['not-a-uuid', '', `${found.id}x`, crypto.randomUUID()]) {
      expect(await getFine(resident, id, null, now)).toBeNull();
      expect(await getFine(null, id, found.accessToken, now)).toBeNull();
    }
  });
});

describe('a check by documents', () => {
  it('by plate and СТС together finds the car’s fines, each with a token', async () => {
    const who = anonymous();
    const result = await checkFines(byFreeCar, who, now);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.fines).toHaveLength(2);
    expect(result.fines.every((f) => f.plate === freeCar.plate && f.accessToken)).toBe(true);
    expect(await usesBy(who.actor.visitorHash)).toBe(1);
  });

  it('by the right plate with another car’s СТС finds nothing', async () => {
    const who = anonymous();
    const mixed: FineCheck = { by: 'vehicle', plate: freeCar.plate, sts: car.sts };
    expect(await checkFines(mixed, who, now)).toEqual({ status: 'notFound' });
    expect(await usesBy(who.actor.visitorHash)).toBe(1);
  });

  it('by licence number and its issue date finds the licence’s fine; another date, nothing', async () => {
    const who = anonymous();
    const right: FineCheck = {
      by: 'licence',
      number: freeLicence.number,
      issuedOn: freeLicence.issuedOn,
    };
    const result = await checkFines(right, who, now);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.fines.map((f) => f.licenceNumber)).toEqual([freeLicence.number]);
    const wrongDay = { ...right, issuedOn: addDays(freeLicence.issuedOn, 1) };
    expect(await checkFines(wrongDay, who, now)).toEqual({ status: 'notFound' });
    expect(await usesBy(who.actor.visitorHash)).toBe(2);
  });

  it('by УИН finds that fine alone; a well-formed УИН the registry lacks, nothing', async () => {
    const who = anonymous();
    const [known] = await db
      .select({ id: fines.id, uin: fines.uin })
      .from(fines)
      .where(eq(fines.id, residentFineIds[0]!));
    const result = await checkFines({ by: 'uin', uin: known!.uin }, who, now);
    expect(result.status === 'found' && result.fines.map((f) => f.id)).toEqual([known!.id]);
    const unknown = makeUin('1881019900000000001');
    expect(await checkFines({ by: 'uin', uin: unknown }, who, now)).toEqual({
      status: 'notFound',
    });
    expect(await usesBy(who.actor.visitorHash)).toBe(2);
  });

  it('after 20 misses refuses that address, even the right documents; another address still checks', async () => {
    const who = anonymous();
    const guess = (day: number): FineCheck => ({
      by: 'licence',
      number: freeLicence.number,
      issuedOn: addDays('2023-01-01', day),
    });
    // Someone guessing the issue date day by day: 1 to 20 January, never the 10th of February.
    for (let day = 0; day < 20; day++)
      expect(await checkFines(guess(day), who, now)).toEqual({ status: 'notFound' });
    expect(await checkFines(byFreeCar, who, now)).toEqual({ status: 'tooManyAttempts' });
    // A check counted under a locked key is refused whatever other keys it also counts under.
    const samePerson = { actor: who.actor, throttle: [...who.throttle, 'address-elsewhere'] };
    expect(await checkFines(byFreeCar, samePerson, now)).toEqual({ status: 'tooManyAttempts' });

    expect((await checkFines(byFreeCar, anonymous(), now)).status).toBe('found');
  });

  it('counts 19 misses without refusing the next check', async () => {
    const who = anonymous();
    const miss: FineCheck = { by: 'vehicle', plate: freeCar.plate, sts: car.sts };
    for (let i = 0; i < 19; i++) await checkFines(miss, who, now);
    expect((await checkFines(byFreeCar, who, now)).status).toBe('found');
  });
});
