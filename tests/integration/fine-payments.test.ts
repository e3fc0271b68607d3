import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getFine, listMyFines, type Fine } from '@/db/queries/fines';
import {
  applyProviderNotice,
  getPayment,
  refundPayment,
  startPayment,
} from '@/db/queries/payments';
import { fines, paymentItems, payments, usageEvents, vehicleLinks, vehicles } from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { discountedKopecks, fineDeadlines, makeUin } from '@/lib/fines';
import { addDays, dayParts } from '@/lib/city';
import { moscowDate, moscowTime } from '@/lib/city';
import { onPostgres } from '../setup/db';
import { newResident, viewerOf } from '../setup/fixtures';
import type { SandboxAcquirer } from '@/server/payments/sandbox-acquirer';
import { testAcquirer, testUrls } from '../setup/payments';

// Paying traffic fines through the sandbox acquirer, its confirmations delivered straight to what
// the callback route runs. The amount is the rules' at the moment the payment is created (decision
// 017): the server refuses any other, and a fine is paid once.

const secret = 'fine-payments-test-secret-of-some-length-0123';
const success = {
  number: '4111 1111 1111 1111',
  expiry: '12/39',
  cvc: '123',
  holder: 'IVAN IVANOV',
};

const acquirer = () => testAcquirer(secret);

const urls = testUrls;
const key = () => crypto.randomUUID();
const sandboxId = (payUrl: string | null) => payUrl!.split('/').at(-1)!;

/** Starts a payment of fines as the fines page does, each with the amount it showed. */
const start = (
  viewer: Viewer | null,
  acq: SandboxAcquirer,
  items: { refId: string; amountKopecks: number }[],
  now = new Date(),
  idempotencyKey = key(),
) =>
  startPayment(
    viewer,
    { idempotencyKey, items: items.map((i) => ({ kind: 'fine' as const, ...i })) },
    acq.provider,
    urls,
    now,
  );

/** Pays a started payment with the success card and waits for the acquirer's notices. */
async function payStarted(acq: SandboxAcquirer, started: Awaited<ReturnType<typeof start>>) {
  if (!started.ok) throw new Error(`not started: ${started.error}`);
  await acq.payWithCard(sandboxId(started.payUrl), success, new Date());
  await acq.settled();
  return started.paymentId;
}

const count = async (table: typeof payments | typeof paymentItems) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

/** How many payments and items are stored: a refused payment must add neither. */
const stored = async () => ({ payments: await count(payments), items: await count(paymentItems) });

let serial = 0;
const LETTERS = 'АВЕКМНОРСТУХ';

/** A car of the registry nobody else has (region 791 is not in the seed), linked to `owner`. */
async function linkedCar(owner: Viewer) {
  const n = (serial += 1);
  const letter = (i: number) => LETTERS[i % LETTERS.length];
  const [car] = await db
    .insert(vehicles)
    .values({
      sts: `79ТХ${String(n).padStart(6, '0')}`,
      plate: `${letter(n)}${String(100 + (n % 900))}${letter(n + 5)}${letter(n + 9)}791`,
      model: 'Kia Rio',
      year: 2015,
      ownerName: owner.fullName,
    })
    .returning({ id: vehicles.id });
  await db.insert(vehicleLinks).values({ vehicleId: car!.id, userId: owner.id });
  return car!.id;
}

/** A camera's 500-rouble speeding fine (discount applies) decided on `decisionDate`, on `vehicleId`. */
async function cameraFine(vehicleId: string, decisionDate: string) {
  serial += 1;
  // Unit 10199 is not one the seed draws, so the УИН is new to the registry.
  const uin = makeUin(`18810199${String(Date.now()).slice(-5)}${String(serial).padStart(6, '0')}`);
  const { year, month, day } = dayParts(addDays(decisionDate, -1));
  const [fine] = await db
    .insert(fines)
    .values({
      uin,
      vehicleId,
      article: '12.9 ч.2',
      articleTitle: 'Превышение скорости на 20–40 км/ч',
      place: 'г. Москва, Ленинский пр-т, д. 95',
      offenceAt: moscowTime(year, month, day, 14, 5),
      decisionDate,
      decisionNumber: uin,
      amountKopecks: 50_000,
      camera: 'Кордон № MD0001',
    })
    .returning({ id: fines.id });
  return fine!.id;
}

/** A fresh resident with a car of their own and `n` fines on it, decided on `decisionDate`. */
async function ownerOfFines(n: number, decisionDate: string) {
  const owner = await newResident();
  const car = await linkedCar(owner);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await cameraFine(car, decisionDate));
  return { owner, ids };
}

/** The Moscow instant `hour:minute` on `day`. */
const at = (day: string, hour: number, minute: number) => {
  const { year, month, day: d } = dayParts(day);
  return moscowTime(year, month, d, hour, minute);
};

/** The Moscow day `n` days before today: a fine decided then still has its discount for n < 20. */
const daysAgo = (n: number) => addDays(moscowDate(new Date()), -n);

const payKopecks = (f: Fine) => ('payKopecks' in f.status ? f.status.payKopecks : 0);

let resident: Viewer;
let neighbour: Viewer;
/** The demo resident's fines as her page lists them now, most urgent first. */
let list: Fine[];

beforeAll(async () => {
  resident = await viewerOf('resident@moygorod.test');
  neighbour = await viewerOf('neighbour@moygorod.test');
  list = (await listMyFines(resident, new Date()))!.fines;
});

const unpaid = (kind: 'discount' | 'due' | 'overdue') => list.filter((f) => f.status.kind === kind);

describe("paying the demo resident's fines", () => {
  it('two in one payment for the sum due now: confirmed, both paid, one use with the amount', async () => {
    const acq = acquirer();
    const [a, b] = unpaid('discount').slice(1);
    const items = [a!, b!].map((f) => ({ refId: f.id, amountKopecks: payKopecks(f) }));
    const sum = items[0]!.amountKopecks + items[1]!.amountKopecks;
    expect(items.every((i) => i.amountKopecks > 0)).toBe(true);

    const started = await start(resident, acq, items);
    expect(started).toMatchObject({ ok: true, status: 'pending' });
    if (!started.ok) return;
    const payment = (await getPayment(resident, started.paymentId))!;
    expect(payment.amountKopecks).toBe(sum);
    expect(payment.items.map((i) => [i.refId, i.amountKopecks]).sort()).toEqual(
      items.map((i) => [i.refId, i.amountKopecks]).sort(),
    );
    expect((await getFine(resident, a!.id, null, new Date()))!.paymentInProgress).toBe(true);

    await payStarted(acq, started);
    expect((await getPayment(resident, started.paymentId))!.status).toBe('succeeded');
    for (const f of [a!, b!]) {
      const fine = (await getFine(resident, f.id, null, new Date()))!;
      expect(fine.status).toEqual({ kind: 'paid' });
      expect(fine.paidAt).not.toBeNull();
      expect(fine.paymentInProgress).toBe(false);
    }
    const uses = await db
      .select({ amount: usageEvents.amountKopecks })
      .from(usageEvents)
      .where(
        and(eq(usageEvents.service, 'traffic-fines-payments'), eq(usageEvents.userId, resident.id)),
      );
    expect(uses).toEqual([{ amount: sum }]);

    // Paid through the portal: no second payment of either is taken.
    const before = await stored();
    expect(await start(resident, acq, [items[0]!])).toEqual({
      ok: false,
      error: 'fineAlreadyPaid',
    });
    expect(await stored()).toEqual(before);
  });

  it('a fine the registry shows paid (paid elsewhere) is refused, nothing stored', async () => {
    const acq = acquirer();
    const paid = list.find((f) => f.status.kind === 'paid')!;
    const before = await stored();
    const result = await start(resident, acq, [
      { refId: paid.id, amountKopecks: paid.amountKopecks },
    ]);
    expect(result).toEqual({ ok: false, error: 'fineAlreadyPaid' });
    expect(await stored()).toEqual(before);
  });

  it('an amount other than what is due now is refused, nothing stored', async () => {
    const acq = acquirer();
    const fine = unpaid('discount')[0]!;
    const { discountUntil } = fineDeadlines(fine.decisionDate, fine.article);
    const before = await stored();
    // The full amount while the discount holds: the page was stale (or the form was edited).
    expect(
      await start(resident, acq, [{ refId: fine.id, amountKopecks: fine.amountKopecks }]),
    ).toEqual({ ok: false, error: 'fineAmountChanged' });
    // Half, on the day after the discount's last: the page was opened before midnight.
    const dayAfter = at(addDays(discountUntil!, 1), 10, 0);
    const half = discountedKopecks(fine.amountKopecks);
    expect(await start(resident, acq, [{ refId: fine.id, amountKopecks: half }], dayAfter)).toEqual(
      {
        ok: false,
        error: 'fineAmountChanged',
      },
    );
    // With another fine whose amount is right, the whole payment is refused.
    const due = unpaid('due')[0]!;
    expect(
      await start(resident, acq, [
        { refId: due.id, amountKopecks: payKopecks(due) },
        { refId: fine.id, amountKopecks: fine.amountKopecks },
      ]),
    ).toEqual({ ok: false, error: 'fineAmountChanged' });
    expect(await stored()).toEqual(before);
  });

  it("is not for the neighbour: the resident's fine is not found to her, nothing stored", async () => {
    const acq = acquirer();
    const fine = unpaid('overdue')[0]!;
    const before = await stored();
    expect(
      await start(neighbour, acq, [{ refId: fine.id, amountKopecks: payKopecks(fine) }]),
    ).toEqual({ ok: false, error: 'notFound' });
    expect(await start(null, acq, [{ refId: fine.id, amountKopecks: 1 }])).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await stored()).toEqual(before);
  });

  it('a fine already in an unfinished payment is in progress, pointing at that payment', async () => {
    const acq = acquirer();
    const fine = unpaid('due')[0]!;
    const item = { refId: fine.id, amountKopecks: payKopecks(fine) };
    const first = await start(resident, acq, [item]);
    if (!first.ok) throw new Error(first.error);
    const before = await stored();
    // A second tab, with its own key, while the first is at the acquirer's page.
    expect(await start(resident, acq, [item])).toEqual({
      ok: false,
      error: 'inProgress',
      paymentId: first.paymentId,
    });
    expect(await stored()).toEqual(before);
    expect(
      (await listMyFines(resident, new Date()))!.fines.find((f) => f.id === fine.id),
    ).toMatchObject({ paymentInProgress: true });
  });
});

describe("the discount's last day", () => {
  it('a payment created at 23:59 Moscow is for half, even confirmed after midnight; at 00:00 the next day, the full amount', async () => {
    const acq = acquirer();
    const decisionDate = '2026-03-02';
    const { owner, ids } = await ownerOfFines(2, decisionDate);
    const [early, late] = ids as [string, string];
    const { discountUntil } = fineDeadlines(decisionDate, '12.9 ч.2');
    const lastMinute = at(discountUntil!, 23, 59);
    const midnight = at(addDays(discountUntil!, 1), 0, 0);

    expect(await start(owner, acq, [{ refId: early, amountKopecks: 50_000 }], lastMinute)).toEqual({
      ok: false,
      error: 'fineAmountChanged',
    });
    const half = await start(owner, acq, [{ refId: early, amountKopecks: 25_000 }], lastMinute);
    // The acquirer confirms it whenever the payer finishes: here, with today's clock.
    const halfId = await payStarted(acq, half);
    expect(await getPayment(owner, halfId)).toMatchObject({
      amountKopecks: 25_000,
      status: 'succeeded',
    });
    expect((await getFine(owner, early, null, midnight))!.status).toEqual({ kind: 'paid' });

    expect(await start(owner, acq, [{ refId: late, amountKopecks: 25_000 }], midnight)).toEqual({
      ok: false,
      error: 'fineAmountChanged',
    });
    const full = await start(owner, acq, [{ refId: late, amountKopecks: 50_000 }], midnight);
    if (!full.ok) throw new Error(full.error);
    expect((await getPayment(owner, full.paymentId))!.amountKopecks).toBe(50_000);
  });
});

describe('a refund', () => {
  it('makes the fine unpaid again, so it can be paid anew', async () => {
    const acq = acquirer();
    const admin = await viewerOf('admin@moygorod.test');
    const now = new Date();
    const { owner, ids } = await ownerOfFines(1, daysAgo(3));
    const fineId = ids[0]!;
    const due = payKopecks((await getFine(owner, fineId, null, now))!);
    const paymentId = await payStarted(
      acq,
      await start(owner, acq, [{ refId: fineId, amountKopecks: due }]),
    );
    expect((await getFine(owner, fineId, null, new Date()))!.status).toEqual({ kind: 'paid' });

    expect(await refundPayment(admin, paymentId, acq.provider, new Date())).toEqual({ ok: true });
    await acq.settled();
    const fine = (await getFine(owner, fineId, null, new Date()))!;
    expect(fine.paidAt).toBeNull();
    expect(fine.status).toMatchObject({ kind: 'discount', payKopecks: due });
    const again = await start(owner, acq, [{ refId: fineId, amountKopecks: due }]);
    expect(again).toMatchObject({ ok: true });
  });
});

describe.skipIf(!onPostgres())('at the same moment, on PostgreSQL', () => {
  it('20 payments of one fine with 20 keys: one created, the rest in progress; confirmed, it is paid once', async () => {
    const acq = acquirer();
    const { owner, ids } = await ownerOfFines(1, daysAgo(2));
    const fineId = ids[0]!;
    const item = { refId: fineId, amountKopecks: 25_000 };

    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, () => start(owner, acq, [item])),
    );
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const results = settled.map(
      (s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof start>>>).value,
    );
    const created = results.filter((r) => r.ok);
    expect(created).toHaveLength(1);
    const paymentId = created[0]!.ok ? created[0]!.paymentId : '';
    expect(results.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 19 }, () => ({ ok: false, error: 'inProgress', paymentId })),
    );
    const ownPayments = await db.$count(payments, eq(payments.userId, owner.id));
    expect(ownPayments).toBe(1);

    await payStarted(acq, created[0]!);
    const succeeded = await db.$count(
      paymentItems,
      and(eq(paymentItems.refId, fineId), eq(paymentItems.status, 'succeeded')),
    );
    expect(succeeded).toBe(1);
    expect((await getFine(owner, fineId, null, new Date()))!.status).toEqual({ kind: 'paid' });
  });

  it('20 confirmations and 20 new payments after the success make no second charge', async () => {
    const acq = acquirer();
    const { owner, ids } = await ownerOfFines(1, daysAgo(2));
    const fineId = ids[0]!;
    const item = { refId: fineId, amountKopecks: 25_000 };
    const started = await start(owner, acq, [item]);
    const paymentId = await payStarted(acq, started);
    const paidAtOf = async () =>
      (await db.select({ paidAt: fines.paidAt }).from(fines).where(eq(fines.id, fineId)))[0]!
        .paidAt;
    const paidAt = await paidAtOf();
    expect(paidAt).not.toBeNull();
    const providerPaymentId = sandboxId(started.ok ? started.payUrl : null);

    const [notices, retries] = await Promise.all([
      Promise.all(
        Array.from({ length: 20 }, () =>
          applyProviderNotice(
            'sandbox',
            { providerPaymentId, outcome: 'succeeded', cardLast4: '1111' },
            'callback',
            new Date(),
          ),
        ),
      ),
      Promise.all(Array.from({ length: 20 }, () => start(owner, acq, [item]))),
    ]);
    expect(notices.filter((n) => n.changed)).toEqual([]);
    expect(retries.every((r) => !r.ok && r.error === 'fineAlreadyPaid')).toBe(true);

    expect(await db.$count(payments, eq(payments.userId, owner.id))).toBe(1);
    expect(
      await db.$count(
        paymentItems,
        and(eq(paymentItems.refId, fineId), eq(paymentItems.status, 'succeeded')),
      ),
    ).toBe(1);
    const uses = await db
      .select({ amount: usageEvents.amountKopecks })
      .from(usageEvents)
      .where(
        and(eq(usageEvents.service, 'traffic-fines-payments'), eq(usageEvents.userId, owner.id)),
      );
    expect(uses).toEqual([{ amount: 25_000 }]);
    // The registry keeps the moment of the one payment: no later notice paid it again.
    expect(await paidAtOf()).toEqual(paidAt);
    expect((await getPayment(owner, paymentId))!.status).toBe('succeeded');
  });
});
