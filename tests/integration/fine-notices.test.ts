import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, rowsOf } from '@/db';
import {
  getFineSubscription,
  postNewFineNotices,
  subscribeToFines,
  unsubscribeFromFines,
} from '@/db/queries/fine-notices';
import { listNotifications, type NotificationItem } from '@/db/queries/notifications';
import {
  drivingLicences,
  fineNotices,
  fineSubscriptions,
  fines,
  licenceLinks,
  vehicleLinks,
  vehicles,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { makeUin } from '@/lib/fines';
import { moscowDate } from '@/lib/city';
import { renderNotification } from '@/lib/notifications/render';
import { onPostgres } from '../setup/db';
import { newResident } from '../setup/fixtures';
import { formatPlate } from '@/lib/fines/documents';

// Notices of new fines: what a subscriber finds in the inbox after the notices job has run.

const HOUR = 3_600_000;
const LETTERS = 'АВЕКМНОРСТУХ';
let serial = 0;
const next = () => (serial += 1);

/** A car of the registry nobody else has (region 790 is not in the seed), linked to `owner`. */
async function linkedCar(owner: Viewer) {
  const n = next();
  const letter = (i: number) => LETTERS[i % LETTERS.length];
  const [car] = await db
    .insert(vehicles)
    .values({
      sts: `79ТТ${String(n).padStart(6, '0')}`,
      plate: `${letter(n)}${String(100 + (n % 900))}${letter(n + 3)}${letter(n + 7)}790`,
      model: 'Lada Vesta',
      year: 2012,
      ownerName: owner.fullName,
    })
    .returning({ id: vehicles.id, plate: vehicles.plate });
  await db.insert(vehicleLinks).values({ vehicleId: car!.id, userId: owner.id });
  return car!;
}

async function linkedLicence(holder: Viewer) {
  const [licence] = await db
    .insert(drivingLicences)
    .values({
      number: `7979${String(next()).padStart(6, '0')}`,
      issuedOn: '2020-03-01',
      holderName: holder.fullName,
      validUntil: '2030-03-01',
    })
    .returning({ id: drivingLicences.id, number: drivingLicences.number });
  await db.insert(licenceLinks).values({ licenceId: licence!.id, userId: holder.id });
  return licence!;
}

/**
 * A fine reaching the registry at `createdAt` (the database's now when not given): a camera's when
 * it names a car, an officer's when it names only a licence.
 */
async function newFine(on: {
  vehicleId?: string;
  licenceId?: string;
  createdAt?: Date;
  paidAt?: Date;
}) {
  const uin = makeUin(`1881077${String(Date.now()).slice(-6)}${String(next()).padStart(6, '0')}`);
  const [fine] = await db
    .insert(fines)
    .values({
      uin,
      vehicleId: on.vehicleId ?? null,
      licenceId: on.licenceId ?? null,
      article: on.vehicleId ? '12.9 ч.2' : '12.6',
      articleTitle: on.vehicleId
        ? 'Превышение скорости на 20–40 км/ч'
        : 'Управление транспортным средством без ремня безопасности',
      place: 'Ленинский проспект, д. 30',
      offenceAt: new Date(Date.now() - 2 * 24 * HOUR),
      decisionDate: moscowDate(new Date()),
      decisionNumber: uin,
      amountKopecks: on.vehicleId ? 50_000 : 100_000,
      camera: on.vehicleId ? 'Стрелка-СТ 0412' : null,
      officer: on.vehicleId ? null : 'инспектор ДПС Петров И. И.',
      paidAt: on.paidAt ?? null,
      ...(on.createdAt ? { createdAt: on.createdAt } : {}),
    })
    .returning({ id: fines.id });
  return fine!;
}

/** A resident subscribed an hour ago, so a fine now is new to them and one of yesterday is not. */
async function subscriber() {
  const me = await newResident();
  await subscribeToFines(me, new Date(Date.now() - HOUR));
  return me;
}

async function fineNoticesOf(viewer: Viewer): Promise<NotificationItem[]> {
  const inbox = await listNotifications(viewer);
  return (inbox?.items ?? []).filter((n) => n.kind === 'newFine');
}

describe('subscribing to notices of new fines', () => {
  it('is kept from the first time, and ended by unsubscribing', async () => {
    const me = await newResident();
    expect(await getFineSubscription(me)).toEqual({ subscribed: false });

    const first = new Date('2026-11-02T09:00:00Z');
    expect(await subscribeToFines(me, first)).toEqual({ subscribed: true, since: first });
    // Pressing it again (a second tab, a double click) does not move the date on.
    await subscribeToFines(me, new Date('2026-11-05T09:00:00Z'));
    expect(await getFineSubscription(me)).toEqual({ subscribed: true, since: first });

    expect(await unsubscribeFromFines(me)).toEqual({ subscribed: false });
    expect(await unsubscribeFromFines(me)).toEqual({ subscribed: false });
    expect(await getFineSubscription(me)).toEqual({ subscribed: false });
  });

  it('needs a signed-in person', async () => {
    const before = await db.$count(fineSubscriptions);
    expect(await subscribeToFines(null, new Date())).toEqual({ subscribed: false });
    expect(await getFineSubscription(null)).toEqual({ subscribed: false });
    expect(await db.$count(fineSubscriptions)).toBe(before);
  });
});

describe('the notices job', () => {
  it('tells a subscriber of a new fine on their car once, and of nothing else', async () => {
    const me = await subscriber();
    const someoneElse = await newResident();
    const car = await linkedCar(me);
    const theirs = await linkedCar(someoneElse);
    await newFine({ vehicleId: car.id, createdAt: new Date(Date.now() - 24 * HOUR) });
    await newFine({ vehicleId: theirs.id });
    const fine = await newFine({ vehicleId: car.id });

    expect(await postNewFineNotices(new Date())).toBe(1);
    const notices = await fineNoticesOf(me);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      href: `/fines/${fine.id}`,
      readAt: null,
      params: {
        document: 'vehicle',
        plate: formatPlate(car.plate),
        article: '12.9 ч.2',
        amount: 500,
      },
    });
    const { title, text } = renderNotification('ru', notices[0]!);
    // The plate as printed on it, `А 123 ВС 790`.
    expect(title).toBe(`Новый штраф: автомобиль ${formatPlate(car.plate)}`);
    expect(text).toContain('по статье 12.9 ч.2 КоАП РФ');
    expect(text).toMatch(/500,00\s₽/u);
    expect(renderNotification('en', notices[0]!).title).toBe(
      `New fine: vehicle ${formatPlate(car.plate)}`,
    );

    // The next minute's run finds nothing left to tell.
    expect(await postNewFineNotices(new Date())).toBe(0);
    expect(await fineNoticesOf(me)).toHaveLength(1);
    expect(await fineNoticesOf(someoneElse)).toEqual([]);
  });

  it('tells of a fine on their driving licence', async () => {
    const me = await subscriber();
    const licence = await linkedLicence(me);
    const fine = await newFine({ licenceId: licence.id });

    expect(await postNewFineNotices(new Date())).toBe(1);
    const [notice, ...more] = await fineNoticesOf(me);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ href: `/fines/${fine.id}`, params: { document: 'licence' } });
    // As on the licence, on one line (no-break spaces).
    const printed = `79\u00a079\u00a0${licence.number.slice(4)}`;
    expect(renderNotification('ru', notice!).title).toBe(
      `Новый штраф: водительское удостоверение ${printed}`,
    );
  });

  it('tells once of a fine that names both their car and their licence', async () => {
    const me = await subscriber();
    const car = await linkedCar(me);
    const licence = await linkedLicence(me);
    await newFine({ vehicleId: car.id, licenceId: licence.id });

    expect(await postNewFineNotices(new Date())).toBe(1);
    const notices = await fineNoticesOf(me);
    expect(notices.map((n) => n.params.plate)).toEqual([formatPlate(car.plate)]);
  });

  it('tells the car’s owner and the licence’s holder each of a fine naming both', async () => {
    const [owner, driver] = [await subscriber(), await subscriber()];
    const car = await linkedCar(owner);
    const licence = await linkedLicence(driver);
    const fine = await newFine({ vehicleId: car.id, licenceId: licence.id });

    expect(await postNewFineNotices(new Date())).toBe(2);
    expect((await fineNoticesOf(owner)).map((n) => n.href)).toEqual([`/fines/${fine.id}`]);
    expect((await fineNoticesOf(driver)).map((n) => n.href)).toEqual([`/fines/${fine.id}`]);
  });

  it('tells nobody who is not subscribed, or has unsubscribed', async () => {
    const never = await newResident();
    const left = await subscriber();
    await unsubscribeFromFines(left);
    await newFine({ vehicleId: (await linkedCar(never)).id });
    await newFine({ vehicleId: (await linkedCar(left)).id });

    expect(await postNewFineNotices(new Date())).toBe(0);
    expect(await fineNoticesOf(never)).toEqual([]);
    expect(await fineNoticesOf(left)).toEqual([]);
  });

  it('does not tell of a fine already paid when it reached the registry', async () => {
    const me = await subscriber();
    await newFine({ vehicleId: (await linkedCar(me)).id, paidAt: new Date() });

    expect(await postNewFineNotices(new Date())).toBe(0);
    expect(await fineNoticesOf(me)).toEqual([]);
  });

  it('posts at most `limit` a run and the rest on the next', async () => {
    const me = await subscriber();
    const car = await linkedCar(me);
    for (let i = 0; i < 3; i++) await newFine({ vehicleId: car.id });

    expect(await postNewFineNotices(new Date(), 2)).toBe(2);
    expect(await postNewFineNotices(new Date(), 2)).toBe(1);
    expect(await fineNoticesOf(me)).toHaveLength(3);
  });
});

describe.runIf(onPostgres())('runs at the same moment (PostgreSQL)', () => {
  /** Runs that have read what to post and now wait to write fine_notices. */
  const waitingToWrite = async () =>
    Number(
      (
        await rowsOf<{ n: string }>(
          db.execute(sql`select count(*) as n from pg_locks
                         where relation = 'fine_notices'::regclass and not granted`),
        )
      )[0]?.n,
    );

  it('post each new fine once to each subscriber', async () => {
    const people = [await subscriber(), await subscriber(), await subscriber()];
    const finesEach = 4;
    for (const person of people) {
      const car = await linkedCar(person);
      for (let i = 0; i < finesEach; i++) await newFine({ vehicleId: car.id });
    }

    // Writes to fine_notices are held back until every run has found the same fines to post, so the
    // runs truly overlap rather than one finishing before the next begins.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.transaction(async (tx) => {
      await tx.execute(sql`lock table ${fineNotices} in share mode`);
      locked();
      await gate;
    });
    await isLocked;
    const runs = Promise.all([1, 2, 3].map(() => postNewFineNotices(new Date())));
    await expect.poll(waitingToWrite, { timeout: 10_000 }).toBe(3);
    open();
    await holder;

    expect((await runs).reduce((a, b) => a + b, 0)).toBe(people.length * finesEach);
    for (const person of people) {
      const notices = await fineNoticesOf(person);
      expect(notices).toHaveLength(finesEach);
      expect(new Set(notices.map((n) => n.href)).size).toBe(finesEach);
    }
  });
});
