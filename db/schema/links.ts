import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { drivingLicences } from './fines';
import { apartments, children, vehicles } from './registry';

// What a resident has linked as theirs. One person per registry record: the unique constraint is the guarantee.

export const apartmentLinks = pgTable(
  'apartment_links',
  {
    apartmentId: uuid()
      .primaryKey()
      .references(() => apartments.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('apartment_links_user_idx').on(t.userId)],
);

export const vehicleLinks = pgTable(
  'vehicle_links',
  {
    vehicleId: uuid()
      .primaryKey()
      .references(() => vehicles.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vehicle_links_user_idx').on(t.userId)],
);

/** The user holds the driving licence: its fines are theirs to see and pay. */
export const licenceLinks = pgTable(
  'licence_links',
  {
    licenceId: uuid()
      .primaryKey()
      .references(() => drivingLicences.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('licence_links_user_idx').on(t.userId)],
);

/** The user is the child's legal representative. */
export const childLinks = pgTable(
  'child_links',
  {
    childId: uuid()
      .primaryKey()
      .references(() => children.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('child_links_user_idx').on(t.userId)],
);
