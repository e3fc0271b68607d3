import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { sandboxAcquirerPayments } from '@/db/schema';
import { env } from '@/server/env';
import {
  challengeCodeAccepted,
  parseCard,
  signBody,
  verifyBody,
  type CardError,
  type CardField,
  type CardInput,
  type ProviderOutcome,
} from '@/lib/payments';
import type { PaymentProvider, ProviderNotice } from '@/lib/payments/provider';

// The built-in sandbox acquirer. It behaves like an outside bank: its own books (its table), its own
// card page (/sandbox/pay/<id>), confirmations posted to our callback URL some time later, signed,
// sometimes twice and out of order, and a status answer for payers who never come back. Nothing
// here is trusted by the payments module except through the PaymentProvider interface.

type State = (typeof sandboxAcquirerPayments.$inferSelect)['state'];

const outcomeOf: Record<State, ProviderOutcome> = {
  awaiting_card: 'pending',
  challenge: 'pending',
  timeout: 'pending',
  succeeded: 'succeeded',
  declined: 'declined',
  refunded: 'refunded',
};

export const SIGNATURE_HEADER = 'x-sandbox-signature';

/** Posts one signed notice; true when our side took it (2xx). */
export type Deliver = (url: string, body: string, signature: string) => Promise<boolean>;

const deliverByHttp: Deliver = async (url, body, signature) => {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
      body,
      signal: AbortSignal.timeout(5000),
    });
    return res.ok;
  } catch {
    return false;
  }
};

/** The secret the sandbox signs with: PAYMENTS_SANDBOX_SECRET, or one derived from AUTH_SECRET. */
function sandboxSecret(): string {
  const e = env();
  return (
    e.PAYMENTS_SANDBOX_SECRET ??
    createHmac('sha256', e.AUTH_SECRET).update('moy-gorod sandbox acquirer').digest('hex')
  );
}

type Options = {
  secret?: string;
  deliver?: Deliver;
  /** Milliseconds after which each notice is posted; 0 in tests. */
  delayMs?: number;
};

/**
 * Posts the notice of a payment's new state as an acquirer does: later, signed, and for a success
 * also a duplicate and a stale "pending" that arrives after it. Failed posts are retried.
 */
function announce(
  row: { id: string; callbackUrl: string; cardLast4: string | null },
  state: State,
  secret: string,
  deliver: Deliver,
  delayMs: number,
): Promise<void> {
  const notice = (s: State) =>
    JSON.stringify({
      id: row.id,
      state: s,
      cardLast4: row.cardLast4,
      at: new Date().toISOString(),
    });
  const send = async (body: string, attempt = 1): Promise<void> => {
    const ok = await deliver(row.callbackUrl, body, signBody(body, secret));
    if (!ok && attempt < 3) {
      await sleep(delayMs * attempt * 4);
      return send(body, attempt + 1);
    }
  };
  const plan: State[] = state === 'succeeded' ? [state, 'awaiting_card', state] : [state, state];
  return (async () => {
    for (const s of plan) {
      await sleep(delayMs);
      await send(notice(s));
    }
  })();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sandbox as a PaymentProvider, and its card page's operations. */
export function sandboxAcquirer(options: Options = {}) {
  const secret = options.secret ?? sandboxSecret();
  const deliver = options.deliver ?? deliverByHttp;
  const delayMs = options.delayMs ?? 400;
  /** Notices still being posted, so tests (and a graceful stop) can wait for them. */
  const inFlight = new Set<Promise<void>>();
  const post = (row: Parameters<typeof announce>[0], state: State) => {
    const p = announce(row, state, secret, deliver, delayMs).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  const provider: PaymentProvider = {
    name: 'sandbox',
    signatureHeader: SIGNATURE_HEADER,
    async create(request) {
      const id = `sb_${randomBytes(12).toString('hex')}`;
      await db
        .insert(sandboxAcquirerPayments)
        .values({
          id,
          merchantPaymentId: request.paymentId,
          amountKopecks: request.amountKopecks,
          description: request.description,
          returnUrl: request.returnUrl,
          callbackUrl: request.callbackUrl,
        })
        .onConflictDoNothing({ target: sandboxAcquirerPayments.merchantPaymentId });
      const [row] = await db
        .select({ id: sandboxAcquirerPayments.id })
        .from(sandboxAcquirerPayments)
        .where(eq(sandboxAcquirerPayments.merchantPaymentId, request.paymentId));
      return { providerPaymentId: row!.id, payUrl: `/sandbox/pay/${row!.id}` };
    },
    readCallback(body, signature): ProviderNotice | null {
      if (!verifyBody(body, signature, secret)) return null;
      try {
        const data = JSON.parse(body) as { id?: unknown; state?: unknown; cardLast4?: unknown };
        if (typeof data.id !== 'string' || typeof data.state !== 'string') return null;
        const outcome = outcomeOf[data.state as State];
        if (!outcome) return null;
        return {
          providerPaymentId: data.id,
          outcome,
          ...(typeof data.cardLast4 === 'string' ? { cardLast4: data.cardLast4 } : {}),
        };
      } catch {
        return null;
      }
    },
    async status(providerPaymentId) {
      const [row] = await db
        .select({
          state: sandboxAcquirerPayments.state,
          cardLast4: sandboxAcquirerPayments.cardLast4,
        })
        .from(sandboxAcquirerPayments)
        .where(eq(sandboxAcquirerPayments.id, providerPaymentId));
      // An acquirer that has never heard of a payment has not charged it.
      if (!row) return { providerPaymentId, outcome: 'declined' };
      return {
        providerPaymentId,
        outcome: outcomeOf[row.state],
        ...(row.cardLast4 ? { cardLast4: row.cardLast4 } : {}),
      };
    },
    async refund(providerPaymentId) {
      const [row] = await db
        .update(sandboxAcquirerPayments)
        .set({ state: 'refunded', updatedAt: new Date() })
        .where(
          and(
            eq(sandboxAcquirerPayments.id, providerPaymentId),
            eq(sandboxAcquirerPayments.state, 'succeeded'),
          ),
        )
        .returning();
      if (!row) return false;
      post(row, 'refunded');
      return true;
    },
  };

  /** What the card page shows; null for an unknown id. */
  async function page(id: string) {
    if (!/^sb_[0-9a-f]{24}$/.test(id)) return null;
    const [row] = await db
      .select({
        id: sandboxAcquirerPayments.id,
        amountKopecks: sandboxAcquirerPayments.amountKopecks,
        description: sandboxAcquirerPayments.description,
        state: sandboxAcquirerPayments.state,
        returnUrl: sandboxAcquirerPayments.returnUrl,
      })
      .from(sandboxAcquirerPayments)
      .where(eq(sandboxAcquirerPayments.id, id));
    return row ?? null;
  }

  /** Moves a payment awaiting the payer to its next state, once (a second submit finds it moved). */
  async function move(id: string, from: State[], to: State, cardLast4?: string) {
    const [row] = await db
      .update(sandboxAcquirerPayments)
      .set({ state: to, updatedAt: new Date(), ...(cardLast4 ? { cardLast4 } : {}) })
      .where(and(eq(sandboxAcquirerPayments.id, id), inArray(sandboxAcquirerPayments.state, from)))
      .returning();
    return row ?? null;
  }

  type PayResult =
    | { ok: false; fieldErrors: Partial<Record<CardField, CardError>> }
    | { ok: false; error: 'notFound' | 'alreadyProcessed'; returnUrl?: string }
    | { ok: true; next: 'challenge' }
    | { ok: true; next: 'return'; returnUrl: string };

  /** The payer's card, as the card page sends it. */
  async function payWithCard(id: string, card: CardInput, now: Date): Promise<PayResult> {
    const current = await page(id);
    if (!current) return { ok: false, error: 'notFound' };
    if (current.state !== 'awaiting_card')
      return { ok: false, error: 'alreadyProcessed', returnUrl: current.returnUrl };
    const parsed = parseCard(card, now);
    if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
    const { outcome, last4 } = parsed.card;
    const to: State =
      outcome === 'success'
        ? 'succeeded'
        : outcome === 'challenge'
          ? 'challenge'
          : outcome === 'timeout'
            ? 'timeout'
            : 'declined';
    const row = await move(id, ['awaiting_card'], to, last4);
    if (!row) return { ok: false, error: 'alreadyProcessed', returnUrl: current.returnUrl };
    if (to === 'challenge') return { ok: true, next: 'challenge' };
    // A timeout card: the acquirer keeps the payment and never says anything more.
    if (to !== 'timeout') post(row, to);
    return { ok: true, next: 'return', returnUrl: row.returnUrl };
  }

  /** The extra confirmation step: the right code pays, a wrong one declines (as banks do). */
  async function confirmChallenge(id: string, code: string) {
    const current = await page(id);
    if (!current) return { ok: false as const, error: 'notFound' as const };
    const to: State = challengeCodeAccepted(code) ? 'succeeded' : 'declined';
    const row = await move(id, ['challenge'], to);
    if (!row)
      return {
        ok: false as const,
        error: 'alreadyProcessed' as const,
        returnUrl: current.returnUrl,
      };
    post(row, to);
    return { ok: true as const, returnUrl: row.returnUrl, outcome: outcomeOf[to] };
  }

  /** Resolves once every notice posted so far has been delivered (or given up). */
  const settled = async () => {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  };

  return { provider, page, payWithCard, confirmChallenge, settled };
}

export type SandboxAcquirer = ReturnType<typeof sandboxAcquirer>;

const store = globalThis as unknown as { __moyGorodSandbox?: SandboxAcquirer };

/** The server's sandbox acquirer (one per process). */
export function serverSandbox(): SandboxAcquirer {
  store.__moyGorodSandbox ??= sandboxAcquirer();
  return store.__moyGorodSandbox;
}
