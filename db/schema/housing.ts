import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { apartments, meters } from './registry';

// Housing and utilities: meter readings, tariffs, the monthly ЕПД.
// A billing period is the first day of its month (2014-11-01 is November 2014).

export const readingKindEnum = pgEnum('reading_kind', ['water', 'electricity']);

/** One submission of an apartment's meters for a period (the form sends all of them at once). */
export const readingSubmissions = pgTable(
  'reading_submissions',
  {
    id: uuid().primaryKey().defaultRandom(),
    apartmentId: uuid()
      .notNull()
      .references(() => apartments.id),
    kind: readingKindEnum().notNull(),
    period: date().notNull(),
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Shown to the resident as the confirmation, e.g. `В-2014-11-000123`. */
    receiptNumber: text().notNull().unique(),
  },
  (t) => [index('reading_submissions_apartment_idx').on(t.apartmentId, t.period)],
);

/**
 * The accepted reading of one meter (and tariff zone) for one period. A correction inside the window
 * replaces it: the unique key is the guarantee of one reading per meter, zone and period, and the
 * trigger of migration 0003 refuses a value below an earlier period's (readings never go down).
 */
export const meterReadings = pgTable(
  'meter_readings',
  {
    id: uuid().primaryKey().defaultRandom(),
    meterId: uuid()
      .notNull()
      .references(() => meters.id),
    period: date().notNull(),
    /** 1 for water and single-rate meters; T1..T3 for multi-rate electricity meters. */
    zone: smallint().notNull().default(1),
    value: numeric({ precision: 12, scale: 3 }).notNull(),
    submissionId: uuid()
      .notNull()
      .references(() => readingSubmissions.id),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('meter_readings_one_per_period').on(t.meterId, t.period, t.zone),
    check('meter_readings_value_non_negative', sql`${t.value} >= 0`),
    check('meter_readings_zone_range', sql`${t.zone} between 1 and 3`),
  ],
);

export const tariffServiceEnum = pgEnum('tariff_service', [
  'cold_water',
  'hot_water',
  'water_disposal',
  'electricity',
  'heating',
  'maintenance',
  'capital_repair',
]);

/** Price per unit (m³, kWh, m²) in kopecks, in force from a period until the next row for the same service and zone. */
export const tariffs = pgTable(
  'tariffs',
  {
    id: uuid().primaryKey().defaultRandom(),
    service: tariffServiceEnum().notNull(),
    /** Electricity: 1 single-rate; for two-rate 1 day / 2 night; for three-rate 1 peak / 2 night / 3 half-peak. */
    zones: smallint().notNull().default(1),
    zone: smallint().notNull().default(1),
    validFrom: date().notNull(),
    kopecksPerUnit: integer().notNull(),
  },
  (t) => [
    unique('tariffs_service_zone_from').on(t.service, t.zones, t.zone, t.validFrom),
    check('tariffs_price_positive', sql`${t.kopecksPerUnit} > 0`),
  ],
);

/** The unified payment document: one per apartment per period; generating it twice changes nothing. */
export const epds = pgTable(
  'epds',
  {
    id: uuid().primaryKey().defaultRandom(),
    apartmentId: uuid()
      .notNull()
      .references(() => apartments.id),
    period: date().notNull(),
    /** Charges of this period. */
    chargedKopecks: integer().notNull(),
    /** Unpaid balance of earlier periods (negative: prepaid). */
    debtKopecks: integer().notNull().default(0),
    totalKopecks: integer().notNull(),
    dueDate: date().notNull(),
    generatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('epds_one_per_apartment_period').on(t.apartmentId, t.period),
    check('epds_total_is_sum', sql`${t.totalKopecks} = ${t.chargedKopecks} + ${t.debtKopecks}`),
  ],
);

export const chargeBasisEnum = pgEnum('charge_basis', ['reading', 'average', 'norm', 'area']);

export const epdLines = pgTable(
  'epd_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    epdId: uuid()
      .notNull()
      .references(() => epds.id),
    service: tariffServiceEnum().notNull(),
    zone: smallint().notNull().default(1),
    volume: numeric({ precision: 12, scale: 3 }).notNull(),
    kopecksPerUnit: integer().notNull(),
    chargeKopecks: integer().notNull(),
    basis: chargeBasisEnum().notNull(),
  },
  (t) => [index('epd_lines_epd_idx').on(t.epdId)],
);
