import { addMonths, type Period } from '@/lib/city';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { generateEpds } from '@/db/queries/epd';
import { getEpdPaymentState } from '@/db/queries/epd-payments';
import {
  applyProviderNotice,
  getPayment,
  listPaymentsForAdmin,
  PAYMENT_TTL_MS,
  receiveCallback,
  refundPayment,
  startPayment,
  sweepPayments,
} from '@/db/queries/payments';
import { sandboxAcquirer, type SandboxAcquirer } from '@/server/payments/sandbox-acquirer';
import {
  apartments,
  auditLog,
  epds,
  paymentEvents,
  paymentItems,
  payments,
  usageEvents,
} from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { housingSeedPeriod } from '@/db/seed/housing';
import { signBody } from '@/lib/payments';
import type { Viewer } from '@/lib/auth/roles';
import { onPostgres } from '../setup/db';
import { viewerOf } from '../setup/fixtures';
import { testAcquirer, testUrls } from '../setup/payments';

// Paying an ЕПД through the sandbox acquirer, its confirmations delivered straight to the same code
// the callback route runs. Payments use the real clock: what counts as paid towards an ЕПД is what
// succeeded after the ЕПД was generated.

const secret = 'payments-test-secret-of-some-length-0123456789';
const period: Period = addMonths(housingSeedPeriod('water', new Date()), -1);
const [home, second] = demoRecords.residentApartments;

const cards = {
  success: { number: '4111 1111 1111 1111', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' },
  decline: { number: '4000 0000 0000 0002', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' },
  challenge: { number: '4000 0000 0000 3220', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' },
  timeout: { number: '4000 0000 0000 0119', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' },
};

const acquirer = () => testAcquirer(secret);

const urls = testUrls;

let resident: Viewer;
let neighbour: Viewer;

async function epdIdOf(payerCode: string) {
  const [row] = await db
    .select({ id: epds.id })
    .from(epds)
    .innerJoin(apartments, eq(apartments.id, epds.apartmentId))
    .where(and(eq(apartments.payerCode, payerCode), eq(epds.period, period)));
  return row!.id;
}

const key = () => crypto.randomUUID();
const sandboxId = (payUrl: string | null) => payUrl!.split('/').at(-1)!;

/** Starts a payment of one ЕПД as its form does: a fresh idempotency key unless one is given. */
const start = (
  viewer: Viewer,
  acq: SandboxAcquirer,
  refId: string,
  amountKopecks: number,
  idempotencyKey = key(),
) =>
  startPayment(
    viewer,
    { idempotencyKey, items: [{ kind: 'epd', refId, amountKopecks }] },
    acq.provider,
    urls,
    new Date(),
  );

async function pay(
  acq: SandboxAcquirer,
  epdId: string,
  amountKopecks: number,
  card: keyof typeof cards,
) {
  const started = await start(resident, acq, epdId, amountKopecks);
  if (!started.ok) throw new Error(`not started: ${started.error}`);
  const answer = await acq.payWithCard(sandboxId(started.payUrl), cards[card], new Date());
  await acq.settled();
  return { ...started, answer };
}

beforeAll(async () => {
  resident = await viewerOf('resident@moygorod.test');
  neighbour = await viewerOf('neighbour@moygorod.test');
  await generateEpds(period);
});

describe('paying an ЕПД in the sandbox', () => {
  it('in full with the success card: succeeded once, the ЕПД shows it paid, a use with its amount', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(home.payerCode);
    const before = (await getEpdPaymentState(resident, epdId))!;
    expect(before.remainingKopecks).toBeGreaterThan(0);

    const { paymentId, answer } = await pay(acq, epdId, before.remainingKopecks, 'success');

    expect(answer).toMatchObject({ ok: true, next: 'return', returnUrl: `/payments/${paymentId}` });
    const payment = (await getPayment(resident, paymentId))!;
    expect(payment).toMatchObject({ status: 'succeeded', cardLast4: '1111' });
    expect(payment.receiptNumber).toMatch(/^П-\d{8}-\d{12}$/);
    const after = (await getEpdPaymentState(resident, epdId))!;
    expect(after).toMatchObject({ paidKopecks: before.remainingKopecks, remainingKopecks: 0 });
    // The acquirer posted the success twice and a stale "pending" between: one change only.
    const events = await db
      .select({ applied: paymentEvents.applied, outcome: paymentEvents.outcome })
      .from(paymentEvents)
      .where(eq(paymentEvents.paymentId, paymentId));
    expect(events).toHaveLength(3);
    expect(events.filter((e) => e.applied)).toEqual([{ applied: true, outcome: 'succeeded' }]);
    const uses = await db
      .select({ amount: usageEvents.amountKopecks })
      .from(usageEvents)
      .where(and(eq(usageEvents.service, 'housing-payments'), eq(usageEvents.userId, resident.id)));
    expect(uses).toContainEqual({ amount: before.remainingKopecks });
    // Paid: no further payment of it is taken.
    const again = await start(resident, acq, epdId, 100);
    expect(again).toEqual({ ok: false, error: 'epdAlreadyPaid' });
  });

  it('in part, then the rest; never above what remains plus a month ahead', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(second.payerCode);
    const state = (await getEpdPaymentState(resident, epdId))!;
    const tooMuch = await start(resident, acq, epdId, state.maxKopecks + 1);
    expect(tooMuch).toMatchObject({ ok: false, error: 'amountAboveEpdLimit' });

    await pay(acq, epdId, 10_000, 'success');
    const part = (await getEpdPaymentState(resident, epdId))!;
    expect(part.paidKopecks).toBe(10_000);
    expect(part.remainingKopecks).toBe(state.remainingKopecks - 10_000);
    await pay(acq, epdId, part.remainingKopecks, 'success');
    expect((await getEpdPaymentState(resident, epdId))!.remainingKopecks).toBe(0);
  });

  it('declined: nothing is paid and the ЕПД can be paid again', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const asNeighbour = async (card: keyof typeof cards) => {
      const started = await start(neighbour, acq, epdId, 5_000);
      if (!started.ok) throw new Error(started.error);
      await acq.payWithCard(sandboxId(started.payUrl), cards[card], new Date());
      await acq.settled();
      return started.paymentId;
    };
    const declined = await asNeighbour('decline');
    expect((await getPayment(neighbour, declined))!.status).toBe('declined');
    expect((await getEpdPaymentState(neighbour, epdId))!.paidKopecks).toBe(0);
    const paid = await asNeighbour('success');
    expect((await getPayment(neighbour, paid))!.status).toBe('succeeded');
  });

  it('the extra confirmation step: the right code pays, a wrong one declines', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const startChallenged = async () => {
      const s = await start(neighbour, acq, epdId, 1_000);
      if (!s.ok) throw new Error(s.error);
      expect(await acq.payWithCard(sandboxId(s.payUrl), cards.challenge, new Date())).toEqual({
        ok: true,
        next: 'challenge',
      });
      return s;
    };
    const wrong = await startChallenged();
    await acq.confirmChallenge(sandboxId(wrong.payUrl), '00000');
    await acq.settled();
    expect((await getPayment(neighbour, wrong.paymentId))!.status).toBe('declined');
    const right = await startChallenged();
    await acq.confirmChallenge(sandboxId(right.payUrl), '12345');
    await acq.settled();
    expect((await getPayment(neighbour, right.paymentId))!.status).toBe('succeeded');
  });

  it('a timeout stays pending until the sweeper asks the acquirer and expires it', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const started = await start(neighbour, acq, epdId, 1_000);
    if (!started.ok) throw new Error(started.error);
    await acq.payWithCard(sandboxId(started.payUrl), cards.timeout, new Date());
    await acq.settled();
    expect((await getPayment(neighbour, started.paymentId))!.status).toBe('pending');

    await sweepPayments(acq.provider, new Date());
    expect((await getPayment(neighbour, started.paymentId))!.status).toBe('pending');
    await sweepPayments(acq.provider, new Date(Date.now() + PAYMENT_TTL_MS + 1000));
    expect((await getPayment(neighbour, started.paymentId))!.status).toBe('expired');
  });
});

describe('never twice', () => {
  it('the same key again (a double click, a reload) is the same payment; with another amount, refused', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const idempotencyKey = key();
    const request = (amountKopecks: number) =>
      start(neighbour, acq, epdId, amountKopecks, idempotencyKey);
    const first = await request(2_000);
    const second = await request(2_000);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.paymentId).toBe(first.paymentId);
    expect(second.payUrl).toBe(first.payUrl);
    expect(await request(3_000)).toEqual({ ok: false, error: 'keyReused' });
    // A second tab, with its own key, while this one is unfinished.
    const otherTab = await start(neighbour, acq, epdId, 2_000);
    expect(otherTab).toEqual({ ok: false, error: 'inProgress', paymentId: first.paymentId });
    // Finished, the key answers with the finished payment and no page to pay on.
    await acq.payWithCard(sandboxId(first.payUrl), cards.success, new Date());
    await acq.settled();
    expect(await request(2_000)).toEqual({
      ok: true,
      paymentId: first.paymentId,
      payUrl: null,
      status: 'succeeded',
    });
  });

  it('answers another person’s ЕПД and a malformed id as not found, storing nothing', async () => {
    const acq = acquirer();
    const theirs = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const count = async () =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(payments))[0]!.n;
    const before = await count();
    for (const refId of [theirs, 'not-a-uuid']) {
      const r = await start(resident, acq, refId, 100);
      expect(r).toEqual({ ok: false, error: 'notFound' });
    }
    expect(await getEpdPaymentState(resident, theirs)).toBeNull();
    expect(await count()).toBe(before);
  });

  it('a callback with a bad signature changes nothing and is logged', async () => {
    const acq = acquirer();
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const started = await start(neighbour, acq, epdId, 700);
    if (!started.ok) throw new Error(started.error);
    const body = JSON.stringify({ id: sandboxId(started.payUrl), state: 'succeeded' });
    for (const signature of [signBody(body, 'another-secret-another-secret-0000'), null, 'zz'])
      expect(await receiveCallback(acq.provider, body, signature, new Date())).toBe('rejected');
    expect((await getPayment(neighbour, started.paymentId))!.status).toBe('pending');
    const rejected = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(paymentEvents)
      .where(and(eq(paymentEvents.signatureValid, false), eq(paymentEvents.body, body)));
    expect(rejected[0]!.n).toBe(3);
    // Clean up: the sweeper expires it so later tests can pay this ЕПД.
    await sweepPayments(acq.provider, new Date(Date.now() + PAYMENT_TTL_MS + 1000));
  });
});

describe('a refund', () => {
  it('by an admin returns the money: the payment is refunded, the ЕПД owed again, the audit log says who', async () => {
    const acq = acquirer();
    const admin = await viewerOf('admin@moygorod.test');
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const before = (await getEpdPaymentState(neighbour, epdId))!;
    const started = await start(neighbour, acq, epdId, 4_321);
    if (!started.ok) throw new Error(started.error);
    await acq.payWithCard(sandboxId(started.payUrl), cards.success, new Date());
    await acq.settled();
    expect((await getEpdPaymentState(neighbour, epdId))!.paidKopecks).toBe(
      before.paidKopecks + 4_321,
    );

    // Not for a resident, not twice, not for a payment that did not succeed.
    expect(await refundPayment(neighbour, started.paymentId, acq.provider, new Date())).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await refundPayment(admin, started.paymentId, acq.provider, new Date())).toEqual({
      ok: true,
    });
    await acq.settled();
    expect(await refundPayment(admin, started.paymentId, acq.provider, new Date())).toEqual({
      ok: false,
      error: 'notRefundable',
    });

    const payment = (await getPayment(neighbour, started.paymentId))!;
    expect(payment.status).toBe('refunded');
    expect(payment.refundedAt).not.toBeNull();
    expect((await getEpdPaymentState(neighbour, epdId))!.paidKopecks).toBe(before.paidKopecks);
    const audit = await db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'payment_refund'), eq(auditLog.subjectId, started.paymentId)));
    expect(audit).toEqual([{ actorId: admin.id }]);
    const listed = await listPaymentsForAdmin(admin, {
      query: payment.receiptNumber!,
      page: 1,
      pageSize: 10,
    });
    expect(listed?.rows.map((r) => [r.id, r.status])).toEqual([[started.paymentId, 'refunded']]);
    const byEmail = await listPaymentsForAdmin(admin, {
      query: 'neighbour@moygorod',
      page: 1,
      pageSize: 100,
    });
    expect(byEmail?.rows.map((r) => r.id)).toContain(started.paymentId);
    expect(byEmail?.rows.every((r) => r.payerEmail === 'neighbour@moygorod.test')).toBe(true);
    expect(await listPaymentsForAdmin(neighbour, { query: '', page: 1, pageSize: 10 })).toBeNull();
  });
});

describe('the next ЕПД', () => {
  it('carries the balance: what remained after a part payment', async () => {
    const epdId = await epdIdOf(demoRecords.neighbourApartment.payerCode);
    const state = (await getEpdPaymentState(neighbour, epdId))!;
    const [epd] = await db.select().from(epds).where(eq(epds.id, epdId));
    await generateEpds(addMonths(period, 1));
    const [next] = await db
      .select({ debt: epds.debtKopecks })
      .from(epds)
      .where(and(eq(epds.apartmentId, epd!.apartmentId), eq(epds.period, addMonths(period, 1))));
    expect(next!.debt).toBe(epd!.totalKopecks - state.paidKopecks);
    // The older ЕПД is no longer the one to pay.
    expect((await getEpdPaymentState(neighbour, epdId))!.superseded).toBe(true);
  });
});

describe.skipIf(!onPostgres())('at the same moment, on PostgreSQL', () => {
  it('five admins refunding one payment at once: one refund, the others told it is refunded', async () => {
    const acq = acquirer();
    const admin = await viewerOf('admin@moygorod.test');
    const started = await start(resident, acq, await freshEpd(), 777);
    if (!started.ok) throw new Error(started.error);
    await acq.payWithCard(sandboxId(started.payUrl), cards.success, new Date());
    await acq.settled();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        refundPayment(admin, started.paymentId, acq.provider, new Date()),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 4 }, () => ({ ok: false, error: 'notRefundable' })),
    );
    expect((await getPayment(resident, started.paymentId))!.status).toBe('refunded');
  });

  it('20 confirmations of one payment make one charge', async () => {
    const acq = acquirer();
    const fresh = await freshEpd();
    const started = await start(resident, acq, fresh, 1_234);
    if (!started.ok) throw new Error(started.error);
    const providerPaymentId = sandboxId(started.payUrl);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        applyProviderNotice(
          'sandbox',
          { providerPaymentId, outcome: 'succeeded', cardLast4: '1111' },
          'callback',
          new Date(),
        ),
      ),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const uses = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(usageEvents)
      .where(
        and(eq(usageEvents.service, 'housing-payments'), eq(usageEvents.amountKopecks, 1_234)),
      );
    expect(uses[0]!.n).toBe(1);
  });

  it('20 payments of one ЕПД from two tabs at once never pay more than it asks', async () => {
    const acq = acquirer();
    const epdId = await freshEpd();
    const { remainingKopecks } = (await getEpdPaymentState(resident, epdId))!;
    const tabs = [key(), key()];
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const r = await start(resident, acq, epdId, remainingKopecks, tabs[i % 2]!);
        if (r.ok && r.payUrl) await acq.payWithCard(sandboxId(r.payUrl), cards.success, new Date());
      }),
    );
    await acq.settled();
    const paid = await db
      .select({ sum: sql<number>`coalesce(sum(${paymentItems.amountKopecks}), 0)::int` })
      .from(paymentItems)
      .where(and(eq(paymentItems.refId, epdId), eq(paymentItems.status, 'succeeded')));
    expect(paid[0]!.sum).toBe(remainingKopecks);
  });

  it('a payment started while another is being confirmed sees it paid', async () => {
    // The bank's notices are held back, so the confirmation below is the only one, at our moment.
    const held: string[] = [];
    const acq = sandboxAcquirer({
      secret,
      delayMs: 0,
      deliver: async (_url, body) => (held.push(body), true),
    });
    const epdId = await freshEpd();
    const { remainingKopecks } = (await getEpdPaymentState(resident, epdId))!;
    const first = await start(resident, acq, epdId, remainingKopecks);
    if (!first.ok) throw new Error(first.error);
    await acq.payWithCard(sandboxId(first.payUrl), cards.success, new Date());
    await acq.settled();

    // Someone holds the ЕПД's row; the confirmation queues for it, then a second tab's payment.
    let release!: () => void;
    const holding = db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from epds where id = ${epdId}::uuid for update`);
      await new Promise<void>((r) => (release = r));
    });
    await sleep(100);
    const confirming = applyProviderNotice(
      'sandbox',
      { providerPaymentId: sandboxId(first.payUrl), outcome: 'succeeded' },
      'callback',
      new Date(),
    );
    await sleep(200);
    const secondTab = start(resident, acq, epdId, remainingKopecks);
    await sleep(200);
    release();
    await holding;
    expect(await confirming).toMatchObject({ changed: true, status: 'succeeded' });
    expect(await secondTab).toEqual({ ok: false, error: 'epdAlreadyPaid' });
  });

  it('duplicate and out-of-order callbacks leave one succeeded payment', async () => {
    const acq = acquirer();
    const epdId = await freshEpd();
    const started = await start(resident, acq, epdId, 500);
    if (!started.ok) throw new Error(started.error);
    const providerPaymentId = sandboxId(started.payUrl);
    // The success, its duplicates and stale "pending" notices, all at once in any order.
    const outcomes = [
      'succeeded',
      'pending',
      'succeeded',
      'pending',
      'succeeded',
      'pending',
    ] as const;
    await Promise.all(
      [...outcomes, ...outcomes].map((outcome) =>
        applyProviderNotice('sandbox', { providerPaymentId, outcome }, 'callback', new Date()),
      ),
    );
    expect((await getPayment(resident, started.paymentId))!.status).toBe('succeeded');
    const changes = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(paymentEvents)
      .where(and(eq(paymentEvents.paymentId, started.paymentId), eq(paymentEvents.applied, true)));
    expect(changes[0]!.n).toBe(1);
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let later = addMonths(period, 12);
/** An unpaid ЕПД of the resident's home, the latest one, for the race tests. */
async function freshEpd(): Promise<string> {
  later = addMonths(later, 1);
  await generateEpds(later);
  const [row] = await db
    .select({ id: epds.id })
    .from(epds)
    .innerJoin(apartments, eq(apartments.id, epds.apartmentId))
    .where(and(eq(apartments.payerCode, home.payerCode), eq(epds.period, later)));
  return row!.id;
}
