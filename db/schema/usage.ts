import {
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';

/** One row per use of a service, by a signed-in person or an anonymous visitor. */
export const usageEvents = pgTable(
  'usage_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    service: text().notNull(),
    userId: uuid().references(() => users.id),
    /** Daily-salted hash of an anonymous visitor; never an address. */
    visitorHash: text(),
    /** A payment's amount, for the statistics of money paid through the portal. */
    amountKopecks: integer(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('usage_events_service_time_idx').on(t.service, t.occurredAt)],
);

/** Unique visitors per Moscow day, by a hash that cannot be linked across days. */
export const dailyVisitors = pgTable(
  'daily_visitors',
  {
    day: date().notNull(),
    visitorHash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.visitorHash] })],
);

/** The salt of the current day only; older salts are deleted so old hashes cannot be recomputed. */
export const visitorSalts = pgTable('visitor_salts', {
  day: date().primaryKey(),
  salt: text().notNull(),
});
