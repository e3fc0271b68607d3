import { sql } from 'drizzle-orm';
import {
  check,
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
import { vehicles } from './registry';

// Traffic fines: the traffic police's registry of driving licences and fines (the portal does not
// own these records; the seed fills them), and a resident's subscription to notices of new ones.
// The formats are checked here as lib/fines parses them, so a row the rules would reject cannot exist.

/** A driving licence as the registry holds it; a resident links theirs in licence_links. */
export const drivingLicences = pgTable(
  'driving_licences',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Series and number as parseLicence stores them: `7719123456`, or `77АВ123456` on older ones. */
    number: text().notNull().unique(),
    /** Printed on the licence; an anonymous check asks for it with the number. */
    issuedOn: date().notNull(),
    holderName: text().notNull(),
    validUntil: date().notNull(),
  },
  (t) => [
    check(
      'driving_licences_number_format',
      sql`${t.number} ~ '^[0-9]{2}([0-9]{2}|[АВЕКМНОРСТУХ]{2})[0-9]{6}$'`,
    ),
    check('driving_licences_valid_after_issue', sql`${t.validUntil} > ${t.issuedOn}`),
  ],
);

/**
 * A fine (постановление by a camera or an officer). A camera's goes to the vehicle's owner and names
 * no licence; an officer's names the driver's licence and usually the vehicle too.
 */
export const fines = pgTable(
  'fines',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The charge's 20 digits (the check digit is lib/fines isValidUin's to verify: decision 016). */
    uin: text().notNull().unique(),
    vehicleId: uuid().references(() => vehicles.id),
    licenceId: uuid().references(() => drivingLicences.id),
    /** The КоАП article in lib/fines ARTICLE_PATTERN's spelling: `12.9 ч.2`, `12.24`. */
    article: text().notNull(),
    /** What the article punishes, in short, as the decision words it. */
    articleTitle: text().notNull(),
    place: text().notNull(),
    offenceAt: timestamp({ withTimezone: true }).notNull(),
    /** The Moscow day the постановление was made: every deadline counts from it (lib/fines). */
    decisionDate: date().notNull(),
    /**
     * The number printed on the постановление. Camera decisions (ЦАФАП), and officers' on the
     * current forms, are numbered by the charge's УИН, so the seed writes the УИН; the column stays
     * apart because older paper forms carried the blank's own number, and the decision's PDF must
     * print what the decision says.
     */
    decisionNumber: text().notNull(),
    amountKopecks: integer().notNull(),
    /** The camera (complex) that recorded it; null for an officer's decision. */
    camera: text(),
    /** The officer who made the decision; null for a camera's. */
    officer: text(),
    /** When the fine was paid: elsewhere (the registry learns of it) or through the portal. */
    paidAt: timestamp({ withTimezone: true }),
    /** When the fine reached the registry: a fine is "new" to a subscriber after their subscription. */
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('fines_uin_format', sql`${t.uin} ~ '^188[0-9]{17}$'`),
    check('fines_names_a_document', sql`num_nonnulls(${t.vehicleId}, ${t.licenceId}) >= 1`),
    // ARTICLE_PATTERN in SQL; [.] rather than \. so no escaping layer can eat the backslash.
    check(
      'fines_article_format',
      sql`${t.article} ~ '^[0-9]{1,2}[.][0-9]{1,2}([.][0-9]{1,2})?( ч[.][0-9]{1,2}([.][0-9]{1,2})?)?$'`,
    ),
    check('fines_amount_positive', sql`${t.amountKopecks} > 0`),
    check('fines_camera_or_officer', sql`num_nonnulls(${t.camera}, ${t.officer}) = 1`),
    // A camera sees a plate, not a driver: its fine is the vehicle owner's.
    check('fines_camera_names_vehicle', sql`${t.camera} is null or ${t.vehicleId} is not null`),
    check(
      'fines_offence_before_decision',
      sql`(${t.offenceAt} at time zone 'Europe/Moscow')::date <= ${t.decisionDate}`,
    ),
    index('fines_vehicle_idx').on(t.vehicleId),
    index('fines_licence_idx').on(t.licenceId),
    index('fines_created_idx').on(t.createdAt),
  ],
);

/** A resident who wants a message when a new fine names one of their linked vehicles or licence. */
export const fineSubscriptions = pgTable('fine_subscriptions', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  /** Fines that reached the registry before this are not new to the subscriber. */
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which fines each subscriber has been told of. The notices job inserts this row and the inbox
 * message in one transaction, skipping the message when the row is already there (ON CONFLICT DO
 * NOTHING … RETURNING): the primary key makes each new fine posted once per subscriber, however
 * often the job runs and even when two runs overlap.
 */
export const fineNotices = pgTable(
  'fine_notices',
  {
    fineId: uuid()
      .notNull()
      .references(() => fines.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    notifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.fineId, t.userId] })],
);
