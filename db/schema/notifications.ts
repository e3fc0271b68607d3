import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';

/**
 * A message to one person. Stored as a message key and its parameters, not as text,
 * so the inbox shows it in whichever language the reader uses. Written in the transaction of the
 * event it tells of; its e-mail copy goes through the mail outbox below (decision 021).
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
  },
  (t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)],
);

/**
 * The outbox of the portal's mail (decision 021): each message is written, rendered in its
 * reader's language, in the transaction of the event it tells of (a notification's copy, a password
 * reset's link), and sent by server code after the commit or by the job. `sending` is claimed by a
 * sender (never sent twice, even if that sender died), `sent` accepted by the mail server, `failed`
 * refused five times.
 */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The person it is for (the recipient's address is copied: it may change later). */
    userId: uuid().references(() => users.id),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    /** What it is, for the log: a notification kind, `passwordReset`… */
    kind: text().notNull(),
    status: text({ enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: smallint().notNull().default(0),
    nextAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_mails_due_idx')
      .on(t.nextAt)
      .where(sql`${t.status} = 'pending'`),
    check('outbox_mails_status', sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`),
  ],
);
