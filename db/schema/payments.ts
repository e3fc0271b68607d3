import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';

// Payments: one payment pays one or several items (an ЕПД, fines, a meal account top-up) through a
// provider. Money is in kopecks. The constraints here are the guarantees of "never charged twice";
// the data access layer checks the same things first to answer clearly.

export const paymentStatusEnum = pgEnum('payment_status', [
  'created',
  'pending',
  'succeeded',
  'declined',
  'expired',
  'refunded',
]);

/** The largest single payment, as acquirers cap it (lib/payments PAYMENT_LIMIT_KOPECKS). */
const LIMIT = 50_000_000;

export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** From the payer's form: a double click, a reload or a retry sends the same key. */
    idempotencyKey: uuid().notNull(),
    /** What the payment is for (items and amounts); the same key with another fingerprint is refused. */
    fingerprint: text().notNull(),
    amountKopecks: integer().notNull(),
    status: paymentStatusEnum().notNull().default('created'),
    provider: text().notNull(),
    /** The provider's id for it, once the provider has it. */
    providerPaymentId: text().unique(),
    /** Shown on the receipt once the payment succeeds, e.g. `П-2014-11-04821937`. */
    receiptNumber: text().unique(),
    cardLast4: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** An unfinished payment is swept (its status asked of the provider, else expired) after this. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    succeededAt: timestamp({ withTimezone: true }),
    refundedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('payments_one_per_key').on(t.userId, t.idempotencyKey),
    check(
      'payments_amount_in_range',
      sql`${t.amountKopecks} > 0 and ${t.amountKopecks} <= ${sql.raw(String(LIMIT))}`,
    ),
    index('payments_user_idx').on(t.userId, t.createdAt),
    index('payments_unfinished_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} in ('created', 'pending')`),
  ],
);

/**
 * What a payment pays. `kind` is a payable declared by a service module (services/registry.ts);
 * `status` mirrors the payment's, so that the indexes below can say: one unfinished payment per item
 * at a time, and an item whose kind is paid once (a fine) is paid once.
 */
export const paymentItems = pgTable(
  'payment_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id),
    kind: text().notNull(),
    /** The ЕПД, fine or meal account paid. */
    refId: uuid().notNull(),
    /** Copied from the kind's declaration (`Payable.paidOnce`) when the item is created. */
    paidOnce: boolean().notNull().default(false),
    amountKopecks: integer().notNull(),
    status: paymentStatusEnum().notNull().default('created'),
  },
  (t) => [
    index('payment_items_payment_idx').on(t.paymentId),
    index('payment_items_ref_idx').on(t.kind, t.refId),
    check('payment_items_amount_positive', sql`${t.amountKopecks} > 0`),
    uniqueIndex('payment_items_one_unfinished')
      .on(t.kind, t.refId)
      .where(sql`${t.status} in ('created', 'pending')`),
    uniqueIndex('payment_items_paid_once')
      .on(t.kind, t.refId)
      .where(sql`${t.paidOnce} and ${t.status} = 'succeeded'`),
  ],
);

/** Everything providers told us, kept as received: callbacks (with whether the signature held), status answers. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    provider: text().notNull(),
    /** Null when the event names no payment we know (or its signature failed). */
    paymentId: uuid().references(() => payments.id),
    source: text({ enum: ['callback', 'status', 'sweep', 'refund'] }).notNull(),
    signatureValid: boolean(),
    outcome: text(),
    /** Whether it changed the payment's status. */
    applied: boolean().notNull().default(false),
    body: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payment_events_payment_idx').on(t.paymentId)],
);

/**
 * The sandbox acquirer's own books: it behaves like an outside bank, so it keeps its state apart from
 * ours and talks to us only through the provider interface (its card page, signed callbacks, status).
 */
export const sandboxAcquirerPayments = pgTable('sandbox_acquirer_payments', {
  id: text().primaryKey(),
  /** Our payment id: asking twice to create the same payment gives the same acquirer payment. */
  merchantPaymentId: uuid().notNull().unique(),
  amountKopecks: integer().notNull(),
  description: text().notNull(),
  returnUrl: text().notNull(),
  callbackUrl: text().notNull(),
  state: text({
    enum: ['awaiting_card', 'challenge', 'succeeded', 'declined', 'timeout', 'refunded'],
  })
    .notNull()
    .default('awaiting_card'),
  cardLast4: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
