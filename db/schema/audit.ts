import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Who did it; null for an unknown person (a failed sign-in for an unknown login). */
    actorId: uuid(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_idx').on(t.actorId, t.at)],
);

/**
 * Who looked at a resident's personal data (the resident reads it at /cabinet/data-access): every
 * time a member of staff opens it and every time a registry integration reads it. Append-only like
 * the audit log: a trigger (migration 0012) refuses UPDATE, DELETE and TRUNCATE.
 */
export const dataAccessLog = pgTable(
  'data_access_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Whose data it was. */
    subjectId: uuid()
      .notNull()
      .references(() => users.id),
    /** The staff account; null for an integration. */
    actorId: uuid().references(() => users.id),
    /** The actor's role then (`admin`, `marketing`…), or `integration`. */
    actorRole: text().notNull(),
    /** What was read: `account`, `payments`, `vehicle`, `licence`… (texts in dataAccess.json). */
    data: text().notNull(),
    /** Why: the page (`adminUsers`) or the integration's purpose (`fineNotices`). */
    purpose: text().notNull(),
    /** Particulars for the reader: the page's address, the record's number. */
    details: jsonb().$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    index('data_access_log_subject_idx').on(t.subjectId, t.at),
    check('data_access_log_actor', sql`(${t.actorId} is null) = (${t.actorRole} = 'integration')`),
  ],
);
