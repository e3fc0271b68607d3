import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * A message to one person. Stored as a message key and its parameters, not as text,
 * so the inbox shows it in whichever language the reader uses. The row is also the outbox of its
 * e-mail copy (decision 021): written in the transaction of the event it tells of, mailed by a job.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    params: jsonb().$type<Record<string, string | number>>().notNull().default({}),
    /** A path inside the portal the message points to, if any. */
    href: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /**
     * The e-mail copy: `none` (not to be mailed), `pending` (to send at `emailNextAt`),
     * `sending` (claimed by a sender: never sent twice, even if that sender died), `sent`, `failed`
     * (refused five times).
     */
    emailStatus: text({ enum: ['none', 'pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('none'),
    emailAttempts: smallint().notNull().default(0),
    emailNextAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
    emailError: text(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_email_due_idx')
      .on(t.emailNextAt)
      .where(sql`${t.emailStatus} = 'pending'`),
    check(
      'notifications_email_status',
      sql`${t.emailStatus} in ('none', 'pending', 'sending', 'sent', 'failed')`,
    ),
  ],
);
