import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
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
    scope: text({ enum: ['account', 'address', 'link', 'fineCheck'] }).notNull(),
    key: text().notNull(),
    failures: integer().notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
