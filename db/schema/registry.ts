import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

// City registries: the portal does not own these records; the seed fills them and residents link to them.

export const meterKindEnum = pgEnum('meter_kind', ['cold_water', 'hot_water', 'electricity']);

export const apartments = pgTable(
  'apartments',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Printed on the ЕПД: ten digits. */
    payerCode: text().notNull().unique(),
    district: text().notNull(),
    /** Street and building, without the flat. */
    building: text().notNull(),
    flat: text().notNull(),
    areaM2: numeric({ precision: 7, scale: 2 }).notNull(),
    registeredResidents: integer().notNull(),
    ownerName: text().notNull(),
  },
  (t) => [
    check('apartments_payer_code_format', sql`${t.payerCode} ~ '^[0-9]{10}$'`),
    check('apartments_residents_positive', sql`${t.registeredResidents} >= 0`),
  ],
);

export const meters = pgTable(
  'meters',
  {
    id: uuid().primaryKey().defaultRandom(),
    apartmentId: uuid()
      .notNull()
      .references(() => apartments.id),
    kind: meterKindEnum().notNull(),
    serialNumber: text().notNull().unique(),
    /** Electricity meters: 1, 2 or 3 tariff zones; water meters: 1. */
    zones: integer().notNull().default(1),
    installedOn: date().notNull(),
    verifiedUntil: date().notNull(),
    initialReading: numeric({ precision: 12, scale: 3 }).notNull().default('0'),
  },
  (t) => [
    index('meters_apartment_idx').on(t.apartmentId),
    check('meters_zones_range', sql`${t.zones} between 1 and 3`),
  ],
);

export const vehicles = pgTable('vehicles', {
  id: uuid().primaryKey().defaultRandom(),
  /** Registration certificate (СТС), normalised: 2 digits, 2 digits or letters, 6 digits, no spaces. */
  sts: text().notNull().unique(),
  plate: text().notNull().unique(),
  model: text().notNull(),
  year: integer().notNull(),
  ownerName: text().notNull(),
});

export const schools = pgTable('schools', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  district: text().notNull(),
  address: text().notNull(),
});

export const children = pgTable(
  'children',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Normalised as `IV-МЮ 123456`. */
    birthCertificate: text().notNull().unique(),
    fullName: text().notNull(),
    birthDate: date().notNull(),
    schoolId: uuid().references(() => schools.id),
    /** School class, e.g. `5Б`; null before school. */
    schoolClass: text(),
  },
  (t) => [index('children_school_idx').on(t.schoolId)],
);

export const clinics = pgTable('clinics', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  district: text().notNull(),
  address: text().notNull(),
  phone: text().notNull(),
});
