import 'server-only';
import { randomInt } from 'node:crypto';
import { and, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { escapeLike, violation } from '@/db/errors';
import { paymentEvents, paymentItems, payments, users } from '@/db/schema';
import { canManagePayments, canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import {
  applyOutcome,
  isInFlight,
  paymentFingerprint,
  PAYMENT_LIMIT_KOPECKS,
  type PaymentItemInput,
  type PaymentStatus,
  type ProviderOutcome,
} from '@/lib/payments';
import type { PaymentProvider, ProviderNotice } from '@/lib/payments/provider';
import { isUuid } from '@/lib/registry/identifiers';
import { payableOf, type UsageName } from '@/services/registry';
import { appendAudit } from './audit';
import { logStaffAccess } from './data-access';
import { usageInsert } from './usage';

// Payments as the payer makes them: one payment for one or several items, each item's amount checked
// on the server against what is due now; an idempotency key from the form so that a double click, a
// reload or a lost answer never charges twice; the provider's confirmations applied through the
// status machine of lib/payments, whatever order and however often they arrive. The unique indexes
// of db/schema/payments.ts are the guarantees underneath. What can be paid, and what paying it does,
// each service declares as a payable (services/registry.ts): nothing here names one.

/** How long a payer has at the provider before the payment is swept. */
export const PAYMENT_TTL_MS = 20 * 60 * 1000;

/**
 * An item to pay with the amount the payer was shown. The server computes what is due itself and
 * refuses an item whose amount differs (a fine's discount that ended while the page was open).
 */
export type PaymentItemRequest = { kind: string; refId: string; amountKopecks: number };

export type StartPaymentError =
  | 'notFound'
  /** The same key was sent before with other items or amounts. */
  | 'keyReused'
  /** Another payment of this item is not finished yet. */
  | 'inProgress'
  | 'amountTooLarge'
  /** What the item's payable refused it with (a fine paid already, an amount above the ЕПД's…). */
  | (string & {});

export type StartPaymentResult =
  | { ok: true; paymentId: string; payUrl: string | null; status: PaymentStatus }
  | { ok: false; error: StartPaymentError; paymentId?: string };

type Urls = { returnUrl: (paymentId: string) => string; callbackUrl: string };

class Refused extends Error {
  constructor(
    readonly error: string,
    readonly paymentId?: string,
  ) {
    super(error);
  }
}

/** Items in the order every transaction locks them in (kind, then id), so two never wait on each other. */
const lockOrder = <T extends { kind: string; refId: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.kind.localeCompare(b.kind) || a.refId.localeCompare(b.refId));

/**
 * Starts a payment, or answers the one already started with this idempotency key. Each item is
 * checked against what is due now; the provider is asked for its page only after our record commits.
 */
export async function startPayment(
  viewer: Viewer | null,
  input: { idempotencyKey: string; items: PaymentItemRequest[] },
  provider: PaymentProvider,
  urls: Urls,
  now: Date,
): Promise<StartPaymentResult> {
  if (!canUseResidentServices(viewer) || !isUuid(input.idempotencyKey))
    return { ok: false, error: 'notFound' };
  const items = input.items;
  if (
    items.length === 0 ||
    items.length > 20 ||
    items.some((i) => !isUuid(i.refId) || !payableOf(i.kind)) ||
    // The same item twice is a forged form, not a payment in progress.
    new Set(items.map((i) => `${i.kind}:${i.refId}`)).size !== items.length
  )
    return { ok: false, error: 'notFound' };
  const amountKopecks = items.reduce((sum, i) => sum + i.amountKopecks, 0);
  if (!Number.isSafeInteger(amountKopecks) || amountKopecks > PAYMENT_LIMIT_KOPECKS)
    return { ok: false, error: 'amountTooLarge' };
  const fingerprint = paymentFingerprint(items satisfies PaymentItemInput[]);

  let paymentId: string;
  try {
    paymentId = await db.transaction(async (tx) => {
      for (const item of lockOrder(items)) {
        const refused = await payableOf(item.kind)!.check(tx, viewer, item, now);
        if (refused) throw new Refused(refused);
      }
      const [created] = await tx
        .insert(payments)
        .values({
          userId: viewer.id,
          idempotencyKey: input.idempotencyKey,
          fingerprint,
          amountKopecks,
          provider: provider.name,
          createdAt: now,
          updatedAt: now,
          expiresAt: new Date(now.getTime() + PAYMENT_TTL_MS),
        })
        .onConflictDoNothing({ target: [payments.userId, payments.idempotencyKey] })
        .returning({ id: payments.id });
      if (!created) throw new Refused('keyReused'); // sorted out below, outside this transaction
      try {
        await tx.insert(paymentItems).values(
          items.map((i) => ({
            paymentId: created.id,
            ...i,
            paidOnce: payableOf(i.kind)!.paidOnce,
            status: 'created' as const,
          })),
        );
      } catch (e) {
        if (violation(e, '23505')?.constraint === 'payment_items_one_unfinished')
          throw new Refused('inProgress');
        throw e;
      }
      return created.id;
    });
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    // The key was used before: the same payment again (a reload, a second click) or another one.
    const [existing] = await db
      .select({ id: payments.id, fingerprint: payments.fingerprint })
      .from(payments)
      .where(
        and(eq(payments.userId, viewer.id), eq(payments.idempotencyKey, input.idempotencyKey)),
      );
    if (existing && existing.fingerprint === fingerprint)
      return resume(existing.id, provider, urls);
    if (existing) return { ok: false, error: 'keyReused' };
    if (e.error === 'inProgress') {
      const [unfinished] = await db
        .select({ paymentId: paymentItems.paymentId })
        .from(paymentItems)
        .innerJoin(payments, eq(payments.id, paymentItems.paymentId))
        .where(
          and(
            inArray(
              paymentItems.refId,
              items.map((i) => i.refId),
            ),
            inArray(paymentItems.status, ['created', 'pending']),
            eq(payments.userId, viewer.id),
          ),
        );
      return { ok: false, error: 'inProgress', paymentId: unfinished?.paymentId };
    }
    return { ok: false, error: e.error };
  }
  return resume(paymentId, provider, urls);
}

/** Sends the payer (back) to the provider for a payment of theirs; asks the provider once per payment. */
async function resume(paymentId: string, provider: PaymentProvider, urls: Urls) {
  const [payment] = await db
    .select({
      id: payments.id,
      status: payments.status,
      amountKopecks: payments.amountKopecks,
      providerPaymentId: payments.providerPaymentId,
    })
    .from(payments)
    .where(eq(payments.id, paymentId));
  if (!payment) return { ok: false as const, error: 'notFound' as const };
  if (!isInFlight(payment.status))
    return { ok: true as const, paymentId, payUrl: null, status: payment.status };
  // The provider gives the same payment for the same id, so a retry after a lost answer is safe.
  const { providerPaymentId, payUrl } = await provider.create({
    paymentId,
    amountKopecks: payment.amountKopecks,
    description: `Мой город: платёж ${paymentId.slice(0, 8)}`,
    returnUrl: urls.returnUrl(paymentId),
    callbackUrl: urls.callbackUrl,
  });
  if (!payment.providerPaymentId)
    await db
      .update(payments)
      .set({ providerPaymentId, status: 'pending', updatedAt: new Date() })
      .where(and(eq(payments.id, paymentId), eq(payments.status, 'created')));
  return { ok: true as const, paymentId, payUrl, status: 'pending' as const };
}

/**
 * Applies what the provider said about a payment (a callback, a status answer, the sweeper's
 * expiry): through the status machine, so duplicates and stale news change nothing. Logged either way.
 */
export async function applyProviderNotice(
  providerName: string,
  notice: ProviderNotice,
  source: 'callback' | 'status' | 'sweep' | 'refund',
  now: Date,
  body?: string,
): Promise<{ known: boolean; changed: boolean; status?: PaymentStatus }> {
  return db.transaction(async (tx) => {
    const [payment] = await tx
      .select({
        id: payments.id,
        userId: payments.userId,
        status: payments.status,
        amountKopecks: payments.amountKopecks,
      })
      .from(payments)
      .where(
        and(
          eq(payments.provider, providerName),
          eq(payments.providerPaymentId, notice.providerPaymentId),
        ),
      )
      .for('update');
    const log = (paymentId: string | null, applied: boolean) =>
      tx.insert(paymentEvents).values({
        provider: providerName,
        paymentId,
        source,
        signatureValid: source === 'callback' ? true : null,
        outcome: notice.outcome,
        applied,
        body: body?.slice(0, 4000),
        receivedAt: now,
      });
    if (!payment) {
      await log(null, false);
      return { known: false, changed: false };
    }
    const next = applyOutcome(payment.status, notice.outcome);
    if (next.changed) {
      // What the payment pays is locked first, in the order startPayment locks it, so the two never cross.
      const items = lockOrder(
        await tx
          .select({
            kind: paymentItems.kind,
            refId: paymentItems.refId,
            amountKopecks: paymentItems.amountKopecks,
          })
          .from(paymentItems)
          .where(eq(paymentItems.paymentId, payment.id)),
      );
      const kinds = [...new Set(items.map((i) => i.kind))].flatMap((kind) => {
        const payable = payableOf(kind);
        const ofKind = items.filter((i) => i.kind === kind);
        return payable ? [{ payable, refIds: ofKind.map((i) => i.refId), items: ofKind }] : [];
      });
      for (const { payable, refIds } of kinds) await payable.lock(tx, refIds);
      const succeeded = next.status === 'succeeded';
      await tx
        .update(payments)
        .set({
          status: next.status,
          updatedAt: now,
          ...(succeeded
            ? {
                succeededAt: now,
                receiptNumber: receiptNumberFor(now),
                cardLast4: notice.cardLast4 ?? null,
              }
            : {}),
          ...(next.status === 'refunded' ? { refundedAt: now } : {}),
        })
        .where(eq(payments.id, payment.id));
      await tx
        .update(paymentItems)
        .set({ status: next.status })
        .where(eq(paymentItems.paymentId, payment.id));
      // Each service learns that its items are paid (or, refunded, owed again) with the payment, and
      // each kind's payments are counted under its own usage name with their amount.
      for (const { payable, refIds, items: ofKind } of kinds) {
        if (succeeded) {
          await payable.succeeded?.(tx, { id: payment.id, refIds, at: now });
          const amountKopecks = ofKind.reduce((sum, i) => sum + i.amountKopecks, 0);
          await tx.execute(
            usageInsert(
              payable.usage as UsageName,
              { userId: payment.userId },
              now,
              undefined,
              amountKopecks,
            ),
          );
        }
        if (next.status === 'refunded') await payable.refunded?.(tx, { id: payment.id, refIds });
      }
      if (next.status === 'refunded')
        await tx.execute(
          usageInsert(
            'payment-refunds',
            { userId: payment.userId },
            now,
            undefined,
            payment.amountKopecks,
          ),
        );
    }
    await log(payment.id, next.changed);
    return { known: true, changed: next.changed, status: next.status };
  });
}

/** A receipt number like `П-20141127-048219375510`: random, so it tells nothing about other payments. */
const receiptNumberFor = (now: Date) =>
  `П-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;

/**
 * Unfinished payments past their time: the provider is asked first (the payer may have paid and
 * never come back); what it still has as pending is expired. Returns how many were settled.
 */
export async function sweepPayments(provider: PaymentProvider, now: Date, limit = 100) {
  const due = await db
    .select({ id: payments.id, providerPaymentId: payments.providerPaymentId })
    .from(payments)
    .where(
      and(
        eq(payments.provider, provider.name),
        inArray(payments.status, ['created', 'pending']),
        sql`${payments.expiresAt} < ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(payments.expiresAt)
    .limit(limit);
  let settled = 0;
  for (const p of due) {
    if (!p.providerPaymentId) {
      // Never reached the provider: nothing can have been charged.
      await db
        .update(payments)
        .set({ status: 'expired', updatedAt: now })
        .where(and(eq(payments.id, p.id), eq(payments.status, 'created')));
      await db
        .update(paymentItems)
        .set({ status: 'expired' })
        .where(and(eq(paymentItems.paymentId, p.id), eq(paymentItems.status, 'created')));
      settled++;
      continue;
    }
    const answer = await provider.status(p.providerPaymentId);
    const outcome: ProviderOutcome = answer.outcome === 'pending' ? 'expired' : answer.outcome;
    const r = await applyProviderNotice(provider.name, { ...answer, outcome }, 'sweep', now);
    if (r.changed) settled++;
  }
  return settled;
}

export type PaymentSummary = {
  id: string;
  amountKopecks: number;
  status: PaymentStatus;
  createdAt: Date;
  succeededAt: Date | null;
  receiptNumber: string | null;
};

const summaryColumns = {
  id: payments.id,
  amountKopecks: payments.amountKopecks,
  status: payments.status,
  createdAt: payments.createdAt,
  succeededAt: payments.succeededAt,
  receiptNumber: payments.receiptNumber,
};

/** The viewer's payments, newest first. */
export async function listPayments(viewer: Viewer | null): Promise<PaymentSummary[]> {
  if (!canUseResidentServices(viewer)) return [];
  return db
    .select(summaryColumns)
    .from(payments)
    .where(eq(payments.userId, viewer.id))
    .orderBy(desc(payments.createdAt))
    .limit(200);
}

export type PaymentDetail = PaymentSummary & {
  cardLast4: string | null;
  refundedAt: Date | null;
  items: { kind: string; refId: string; amountKopecks: number }[];
};

/** One payment of the viewer's with its items; null for anyone else's. */
export async function getPayment(viewer: Viewer | null, id: string): Promise<PaymentDetail | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [payment] = await db
    .select({
      ...summaryColumns,
      cardLast4: payments.cardLast4,
      refundedAt: payments.refundedAt,
    })
    .from(payments)
    .where(and(eq(payments.id, id), eq(payments.userId, viewer.id)));
  if (!payment) return null;
  const items = await db
    .select({
      kind: paymentItems.kind,
      refId: paymentItems.refId,
      amountKopecks: paymentItems.amountKopecks,
    })
    .from(paymentItems)
    .where(eq(paymentItems.paymentId, id));
  return { ...payment, items };
}

/**
 * A provider's callback as it arrived. One whose signature does not hold changes nothing and is kept
 * for the operators; a good one goes through the status machine (duplicates and stale ones are no-ops).
 */
export async function receiveCallback(
  provider: PaymentProvider,
  body: string,
  signature: string | null,
  now: Date,
): Promise<'rejected' | 'accepted'> {
  const notice = provider.readCallback(body, signature);
  if (!notice) {
    await db.insert(paymentEvents).values({
      provider: provider.name,
      source: 'callback',
      signatureValid: false,
      applied: false,
      body: body.slice(0, 4000),
      receivedAt: now,
    });
    return 'rejected';
  }
  await applyProviderNotice(provider.name, notice, 'callback', now, body);
  return 'accepted';
}

export type AdminPaymentRow = PaymentSummary & {
  payerId: string;
  payerName: string;
  payerEmail: string;
  refundedAt: Date | null;
};

/**
 * Every payment, newest first, for the administration: found by receipt number or the payer's
 * e-mail. Null for anyone but an admin.
 */
export async function listPaymentsForAdmin(
  viewer: Viewer | null,
  { query, page, pageSize }: { query: string; page: number; pageSize: number },
): Promise<{ rows: AdminPaymentRow[]; total: number } | null> {
  if (!canManagePayments(viewer)) return null;
  const q = query.trim().slice(0, 100);
  const where = q
    ? or(
        ilike(payments.receiptNumber, `${escapeLike(q)}%`),
        ilike(users.email, `%${escapeLike(q)}%`),
      )
    : undefined;
  pageSize = Math.min(Math.max(pageSize, 1), 100);
  page = Math.max(page, 1);
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        ...summaryColumns,
        refundedAt: payments.refundedAt,
        payerId: payments.userId,
        payerName: users.fullName,
        payerEmail: users.email,
      })
      .from(payments)
      .innerJoin(users, eq(users.id, payments.userId))
      .where(where)
      .orderBy(desc(payments.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(payments)
      .innerJoin(users, eq(users.id, payments.userId))
      .where(where),
  ]);
  // Each payer listed has their payments (and name and e-mail) read by this admin.
  await logStaffAccess(
    viewer!,
    rows.map((r) => ({
      subjectId: r.payerId,
      data: 'payments' as const,
      purpose: 'adminPayments' as const,
    })),
  );
  return { rows, total: counted?.n ?? 0 };
}

export type RefundResult =
  { ok: true } | { ok: false; error: 'notFound' | 'notRefundable' | 'providerRefused' };

/**
 * An admin returns a succeeded payment's money: the acquirer is asked, then the payment (and what it
 * paid: an ЕПД is owed again) is marked refunded, and the audit log says who did it.
 */
export async function refundPayment(
  viewer: Viewer | null,
  paymentId: string,
  provider: PaymentProvider,
  now: Date,
): Promise<RefundResult> {
  if (!canManagePayments(viewer) || !isUuid(paymentId)) return { ok: false, error: 'notFound' };
  const [payment] = await db
    .select({
      status: payments.status,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      amountKopecks: payments.amountKopecks,
      receiptNumber: payments.receiptNumber,
    })
    .from(payments)
    .where(eq(payments.id, paymentId));
  if (!payment) return { ok: false, error: 'notFound' };
  if (
    payment.status !== 'succeeded' ||
    !payment.providerPaymentId ||
    payment.provider !== provider.name
  )
    return { ok: false, error: 'notRefundable' };
  if (!(await provider.refund(payment.providerPaymentId))) {
    // Refused because another refund of it got there first: say so, not that the bank refused.
    const answer = await provider.status(payment.providerPaymentId);
    if (answer.outcome !== 'refunded') return { ok: false, error: 'providerRefused' };
    await applyProviderNotice(provider.name, answer, 'status', now);
    return { ok: false, error: 'notRefundable' };
  }
  // The acquirer will post its own notice too; applying it now shows the refund at once.
  await applyProviderNotice(
    provider.name,
    { providerPaymentId: payment.providerPaymentId, outcome: 'refunded' },
    'refund',
    now,
  );
  await appendAudit({
    actorId: viewer.id,
    action: 'payment_refund',
    subjectType: 'payment',
    subjectId: paymentId,
    details: { amountKopecks: payment.amountKopecks, receiptNumber: payment.receiptNumber },
  });
  return { ok: true };
}
