import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['resident', 'marketing', 'admin']);
export const localeEnum = pgEnum('locale', ['ru', 'en']);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    fullName: text().notNull(),
    /** Stored lower-cased; unique. */
    email: text().notNull().unique(),
    /** E.164, +7 and ten digits; unique. */
    phone: text().notNull().unique(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull().default('resident'),
    locale: localeEnum().notNull().default('ru'),
    /** Bumped by a password change or "sign out everywhere": older session tokens stop working. */
    tokenVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_phone_e164', sql`${t.phone} ~ '^\\+7[0-9]{10}$'`),
  ],
);

/** Failed attempts (sign-in per account and per client address, registry look-ups per person), kept in the database so limits hold across restarts and instances. */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    scope: text({
      enum: ['account', 'address', 'link', 'fineCheck', 'resetAccount', 'resetAddress'],
    }).notNull(),
    key: text().notNull(),
    failures: integer().notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/**
 * A password reset link sent by e-mail. Only a hash of its token is kept; it is live until it is
 * used, a newer one is requested or the password changes (`endedAt`), or its 30 minutes are over.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the token, base64url: a leaked table opens no account. */
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    /** Why it ended: used, a newer request, a password change. */
    endedBy: text({ enum: ['used', 'newer', 'passwordChanged'] }),
  },
  (t) => [
    // One live link per person: a newer request ends the older one first.
    uniqueIndex('password_resets_one_live')
      .on(t.userId)
      .where(sql`${t.endedAt} is null`),
    index('password_resets_user_idx').on(t.userId, t.createdAt),
    check(
      'password_resets_ended',
      sql`(${t.endedAt} is null) = (${t.endedBy} is null) and ${t.endedBy} in ('used', 'newer', 'passwordChanged')`,
    ),
  ],
);

/**
 * A resident's private calendar feed of «due this month». The feed's address carries
 * HMAC(AUTH_SECRET, user and salt); resetting the link draws a new salt, and the old address is 404.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  salt: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});
