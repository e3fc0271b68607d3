import 'server-only';
import { randomInt, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { db, prepared, rowsOf } from '@/db';
import { violation } from '@/db/errors';
import { apartmentLinks, apartments, meterReadings, meters, readingSubmissions } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import { env } from '@/server/env';
import type { Viewer } from '@/lib/auth/roles';
import {
  averageMonthlyConsumption,
  checkReadings,
  isVerificationExpired,
  monthlyConsumption,
  parseReadingValue,
  previousReading,
  readingWindow,
  type MeterReadingInput,
  type ReadingKind,
  type ReadingWindow,
  type WindowConfig,
  type ZoneReading,
  type ZoneReadingInput,
} from '@/lib/housing';
import { readingField, type ReadingConcern } from '@/lib/housing/reading-form';
import type {
  HistoryRow,
  MeterKind,
  MeterView,
  ReadingsReceipt,
} from '@/lib/housing/readings-view';
import { isUuid } from '@/lib/registry/identifiers';
import type { UsageName } from '@/services/registry';
import { usageInsert } from './usage';

// Water and electricity readings as a resident sends them: one form per apartment and period, all
// its meters at once. Another person's apartment or meter is answered as not found. The rules come
// from lib/housing; the database's unique key (one reading per meter, zone and period) and its
// trigger (readings never go down) are the guarantees underneath them.

export type { ReadingKind };

/** The days of the reading window this deployment configures (READING_WINDOW_WATER/_ELECTRICITY). */
export function configuredWindowDays(kind: ReadingKind): WindowConfig {
  const e = env();
  return kind === 'water' ? e.READING_WINDOW_WATER : e.READING_WINDOW_ELECTRICITY;
}

/** The reading window at `now` as this deployment configures it. */
export function configuredReadingWindow(kind: ReadingKind, now: Date): ReadingWindow {
  return readingWindow(kind, now, configuredWindowDays(kind));
}

export type { HistoryRow, MeterView };

const meterKindsOf: Record<ReadingKind, MeterKind[]> = {
  water: ['cold_water', 'hot_water'],
  electricity: ['electricity'],
};
const serviceOf: Record<ReadingKind, UsageName> = {
  water: 'water-meter-readings',
  electricity: 'electricity-meter-readings',
};
const receiptPrefix: Record<ReadingKind, string> = { water: 'В', electricity: 'Э' };

/** How many periods the page's history and the CSV show. */
const HISTORY_PERIODS = 24;

export type ApartmentOption = { id: string; building: string; flat: string };

export type ReadingsOverview = {
  /** Every apartment the viewer has linked, for the selector. */
  apartments: ApartmentOption[];
  /** The one shown: the asked-for one, or the first. Null when nothing is linked. */
  apartment: (ApartmentOption & { residents: number }) | null;
  window: ReadingWindow;
  /** The configured window's days, for the rule shown with it. */
  windowDays: WindowConfig;
  meters: MeterView[];
  receipt: ReadingsReceipt | null;
};

async function linkedApartments(viewer: Viewer) {
  return db
    .select({
      id: apartments.id,
      building: apartments.building,
      flat: apartments.flat,
      residents: apartments.registeredResidents,
    })
    .from(apartmentLinks)
    .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
    .where(eq(apartmentLinks.userId, viewer.id))
    .orderBy(asc(apartmentLinks.linkedAt), asc(apartments.payerCode));
}

type ReadingRow = { meterId: string; period: string; zone: number; value: string };

/**
 * Per meter, its latest readings: enough periods for the history with each month's consumption, the
 * reading a new one may not go below and the average of the last three months. Oldest first, as JSON
 * built by the database so that a meter and its readings come back in one round trip.
 */
const READINGS_PER_ZONE = HISTORY_PERIODS + 2;
const latestReadings = sql<ReadingRow[] | string>`coalesce((
  select json_agg(json_build_object(
    'meterId', r.meter_id, 'period', r.period, 'zone', r.zone, 'value', r.value::text
  ) order by r.period, r.zone)
  from (
    select meter_id, period, zone, value from ${meterReadings} r
    where r.meter_id = ${meters.id}
    order by r.period desc
    limit ${READINGS_PER_ZONE} * ${meters.zones}
  ) r
), '[]'::json)`;

/** postgres.js parses JSON columns; PGlite may hand them over as text. */
const readingRows = (value: ReadingRow[] | string): ReadingRow[] =>
  typeof value === 'string' ? (JSON.parse(value) as ReadingRow[]) : value;

const meterColumns = {
  id: meters.id,
  kind: meters.kind,
  serialNumber: meters.serialNumber,
  zones: meters.zones,
  installedOn: meters.installedOn,
  verifiedUntil: meters.verifiedUntil,
  initialReading: meters.initialReading,
};

/**
 * The meters of a kind in an apartment the viewer has linked, with their latest readings and the
 * apartment's registered residents. Empty when the apartment is not the viewer's (or has none).
 */
async function linkedMeters(viewerId: string, apartmentId: string, kind: ReadingKind) {
  const query = prepared(`linked-meters-${kind}`, (db) =>
    db
      .select({
        ...meterColumns,
        residents: apartments.registeredResidents,
        readings: latestReadings,
      })
      .from(apartmentLinks)
      .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
      .innerJoin(meters, eq(meters.apartmentId, apartments.id))
      .where(
        and(
          eq(apartmentLinks.userId, sql.placeholder('userId')),
          eq(apartmentLinks.apartmentId, sql.placeholder('apartmentId')),
          inArray(meters.kind, meterKindsOf[kind]),
        ),
      )
      .orderBy(asc(meters.kind), asc(meters.serialNumber))
      .prepare(`linked_meters_${kind}`),
  );
  const rows = await query.execute({ userId: viewerId, apartmentId });
  return rows.map(({ readings, ...meter }) => ({ ...meter, readings: readingRows(readings) }));
}

type MeterRow = {
  id: string;
  kind: MeterKind;
  serialNumber: string;
  zones: number;
  installedOn: string;
  verifiedUntil: string;
  initialReading: string;
};

/** A meter's readings grouped by period, oldest first, each zone in its place. */
function byPeriod(meter: MeterRow, rows: ReadingRow[]) {
  const periods = new Map<string, string[]>();
  for (const r of rows) {
    if (r.meterId !== meter.id) continue;
    const values = periods.get(r.period) ?? Array.from({ length: meter.zones }, () => '');
    values[r.zone - 1] = r.value;
    periods.set(r.period, values);
  }
  return [...periods].map(([period, values]) => ({ period, values }));
}

/** The zone values a multi-rate meter starts from: its initial reading is its total, zones start at zero. */
const initialValues = (meter: MeterRow) =>
  meter.zones === 1 ? [meter.initialReading] : Array.from({ length: meter.zones }, () => '0.000');

/** One zone's readings, as the rules take them. */
function zoneReadings(meter: MeterRow, rows: ReadingRow[], zone: number): ZoneReading[] {
  return rows
    .filter((r) => r.meterId === meter.id && r.zone === zone)
    .map(({ period, value }) => ({ period, value }));
}

function historyOf(meter: MeterRow, rows: ReadingRow[]): HistoryRow[] {
  const zones = Array.from({ length: meter.zones }, (_, z) => zoneReadings(meter, rows, z + 1));
  return byPeriod(meter, rows)
    .map(({ period, values }) => ({
      period,
      values,
      consumption: zones.map((readings) => monthlyConsumption(readings, period)),
    }))
    .reverse()
    .slice(0, HISTORY_PERIODS);
}

/** Per zone, the reading a new one for `period` may not go below, and the latest period it comes from. */
function previousOf(meter: MeterRow, rows: ReadingRow[], period: string): MeterView['previous'] {
  const initial = initialValues(meter);
  const previous = Array.from({ length: meter.zones }, (_, z) =>
    previousReading(zoneReadings(meter, rows, z + 1), period),
  );
  const periods = previous.flatMap((p) => (p ? [p.period] : [])).sort();
  return {
    period: periods.at(-1) ?? null,
    values: previous.map((p, z) => p?.value ?? initial[z]!),
  };
}

function meterView(meter: MeterRow, rows: ReadingRow[], period: string, now: Date): MeterView {
  const current = byPeriod(meter, rows).find((g) => g.period === period);
  return {
    id: meter.id,
    kind: meter.kind,
    serialNumber: meter.serialNumber,
    zones: meter.zones,
    verifiedUntil: meter.verifiedUntil,
    overdue: isVerificationExpired(meter.verifiedUntil, now),
    previous: previousOf(meter, rows, period),
    submitted: current ? current.values : null,
    history: historyOf(meter, rows),
  };
}

/**
 * The readings page: the viewer's apartments, the chosen one's meters with their last readings,
 * the window and what was already sent for its period. Null when `apartmentId` is not one of the
 * viewer's (or not an id at all).
 */
export async function getReadingsOverview(
  viewer: Viewer | null,
  kind: ReadingKind,
  apartmentId: string | undefined,
  now: Date,
): Promise<ReadingsOverview | null> {
  if (!canUseResidentServices(viewer)) return null;
  if (apartmentId !== undefined && !isUuid(apartmentId)) return null;
  const window = configuredReadingWindow(kind, now);
  const linked = await linkedApartments(viewer);
  const chosen = apartmentId ? linked.find((a) => a.id === apartmentId) : linked[0];
  if (apartmentId && !chosen) return null;
  const list = linked.map(({ id, building, flat }) => ({ id, building, flat }));
  const windowDays = configuredWindowDays(kind);
  if (!chosen)
    return { apartments: list, apartment: null, window, windowDays, meters: [], receipt: null };

  const meterRows = await linkedMeters(viewer.id, chosen.id, kind);
  const [receipt] = await db
    .select({
      number: readingSubmissions.receiptNumber,
      submittedAt: readingSubmissions.submittedAt,
    })
    .from(readingSubmissions)
    .where(
      and(
        eq(readingSubmissions.apartmentId, chosen.id),
        eq(readingSubmissions.kind, kind),
        eq(readingSubmissions.period, window.period),
      ),
    )
    .orderBy(desc(readingSubmissions.submittedAt))
    .limit(1);
  return {
    apartments: list,
    apartment: chosen,
    window,
    windowDays,
    meters: meterRows.map((m) => meterView(m, m.readings, window.period, now)),
    receipt: receipt ?? null,
  };
}

export const getWaterReadings = (
  viewer: Viewer | null,
  apartmentId: string | undefined,
  now: Date,
) => getReadingsOverview(viewer, 'water', apartmentId, now);
export const getElectricityReadings = (
  viewer: Viewer | null,
  apartmentId: string | undefined,
  now: Date,
) => getReadingsOverview(viewer, 'electricity', apartmentId, now);

/** One meter's history for the CSV, if the meter is in one of the viewer's apartments. */
export async function getMeterHistory(
  viewer: Viewer | null,
  kind: ReadingKind,
  meterId: string,
): Promise<{ serialNumber: string; kind: MeterKind; zones: number; history: HistoryRow[] } | null> {
  if (!canUseResidentServices(viewer) || !isUuid(meterId)) return null;
  const [meter] = await db
    .select({ ...meterColumns, readings: latestReadings })
    .from(meters)
    .innerJoin(apartmentLinks, eq(apartmentLinks.apartmentId, meters.apartmentId))
    .where(
      and(
        eq(meters.id, meterId),
        eq(apartmentLinks.userId, viewer.id),
        inArray(meters.kind, meterKindsOf[kind]),
      ),
    );
  if (!meter) return null;
  return {
    serialNumber: meter.serialNumber,
    kind: meter.kind,
    zones: meter.zones,
    history: historyOf(meter, readingRows(meter.readings)),
  };
}

// ---- Submitting ----

export type ReadingInput = { meterId: string; zone: number; value: string };

export type SubmitReadingsInput = {
  apartmentId: string;
  readings: ReadingInput[];
  /** The person has seen the warnings and says the values are right. */
  confirmed: boolean;
};

export type SubmitReadingsResult =
  | {
      ok: true;
      /** The same readings sent again answer the receipt they were first accepted with. */
      receiptNumber: string;
      period: string;
      submittedAt: Date;
      /** The apartment's meters as they are now, for the page to show without rendering again. */
      meters: MeterView[];
    }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'windowClosed'; window: ReadingWindow }
  /** Keys are form field names (`readingField`), values message keys of `validation`. */
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> }
  | { ok: false; error: 'needsConfirmation'; concerns: ReadingConcern[] };

export async function submitReadings(
  viewer: Viewer | null,
  kind: ReadingKind,
  input: SubmitReadingsInput,
  now: Date,
): Promise<SubmitReadingsResult> {
  const notFound = { ok: false, error: 'notFound' } as const;
  if (!canUseResidentServices(viewer) || !isUuid(input.apartmentId)) return notFound;
  if (input.readings.some((r) => !isUuid(r.meterId))) return notFound;
  // Not the viewer's apartment, or none of its meters is of this kind: nothing to submit to.
  const meterRows = await linkedMeters(viewer.id, input.apartmentId, kind);
  if (meterRows.length === 0) return notFound;
  const known = new Map(meterRows.map((m) => [m.id, m]));
  // A meter id from elsewhere (another flat, another person) is answered like a wrong apartment.
  for (const r of input.readings) {
    const meter = known.get(r.meterId);
    if (!meter || !Number.isInteger(r.zone) || r.zone < 1 || r.zone > meter.zones) return notFound;
  }

  const window = configuredReadingWindow(kind, now);
  if (!window.open) return { ok: false, error: 'windowClosed', window };
  const period = window.period;

  const sent = new Map(input.readings.map((r) => [readingField(r.meterId, r.zone), r.value]));
  const fieldErrors: Record<string, string> = {};
  const checked: MeterReadingInput[] = [];
  for (const meter of meterRows) {
    const overdue = isVerificationExpired(meter.verifiedUntil, now);
    const previous = previousOf(meter, meter.readings, period).values;
    // An overdue meter is not in the form; it is checked only if a value for it is sent anyway.
    const zones: ZoneReadingInput[] = [];
    for (let zone = 1; zone <= meter.zones; zone++) {
      const field = readingField(meter.id, zone);
      const typed = sent.get(field);
      if (overdue && (typed === undefined || typed.trim() === '')) continue;
      const parsed = parseReadingValue(typed ?? '');
      if (!parsed.ok) {
        fieldErrors[field] = parsed.error;
        continue;
      }
      const history = zoneReadings(meter, meter.readings, zone);
      zones.push({
        zone,
        value: parsed.value,
        previous: previous[zone - 1]!,
        averageMonthly: averageMonthlyConsumption(history, period),
      });
    }
    if (zones.length > 0)
      checked.push({
        meterId: meter.id,
        kind: meter.kind,
        verifiedUntil: meter.verifiedUntil,
        zones,
      });
  }
  const result = checkReadings({
    now,
    registeredResidents: meterRows[0]!.residents,
    meters: checked,
  });
  for (const z of result.zones) if (z.error) fieldErrors[readingField(z.meterId, z.zone)] = z.error;
  if (Object.keys(fieldErrors).length > 0) return { ok: false, error: 'invalid', fieldErrors };
  if (checked.length === 0) return notFound;
  if (result.needsConfirmation && !input.confirmed) {
    const concerns = result.zones
      .filter((z) => z.warnings.length > 0)
      .map((z): ReadingConcern => {
        const meter = known.get(z.meterId)!;
        const value = checked
          .find((m) => m.meterId === z.meterId)!
          .zones.find((x) => x.zone === z.zone)!.value;
        return {
          field: readingField(z.meterId, z.zone),
          serialNumber: meter.serialNumber,
          zone: z.zone,
          zones: meter.zones,
          kind: meter.kind,
          value,
          consumption: z.consumption,
          reasons: z.warnings,
          normLimit: z.normLimit,
          averageLimit: z.averageLimit,
        };
      });
    return { ok: false, error: 'needsConfirmation', concerns };
  }
  const accepted = checked.flatMap((m) =>
    m.zones.map((z) => ({ meterId: m.meterId, zone: z.zone, value: z.value })),
  );

  try {
    const receipt = await storeSubmission({
      apartmentId: input.apartmentId,
      kind,
      period,
      userId: viewer.id,
      at: now,
      readings: accepted,
    });
    const meters = meterRows.map((m) => {
      const mine = accepted.filter((r) => r.meterId === m.id);
      const kept = m.readings.filter(
        (r) => r.period !== period || !mine.some((a) => a.zone === r.zone),
      );
      const added = mine.map((r) => ({ meterId: m.id, period, zone: r.zone, value: r.value }));
      const readings = [...kept, ...added].sort(
        (a, b) => a.period.localeCompare(b.period) || a.zone - b.zone,
      );
      return meterView(m, readings, period, now);
    });
    return {
      ok: true,
      receiptNumber: receipt.number,
      period,
      submittedAt: receipt.submittedAt,
      meters,
    };
  } catch (e) {
    // The trigger is the backstop when an earlier period's reading changed since we checked.
    const refused = belowPrevious(e);
    if (refused)
      return { ok: false, error: 'invalid', fieldErrors: { [refused]: 'belowPrevious' } };
    throw e;
  }
}

/** The form field of the reading the never-decrease trigger refused (its DETAIL is `meter:zone`). */
function belowPrevious(e: unknown): string | null {
  const refused = violation(e, '23514');
  if (refused?.constraint !== 'meter_readings_never_decrease') return null;
  const [meterId, zone] = refused.detail.split(':');
  return meterId && zone ? readingField(meterId, Number(zone)) : null;
}

/**
 * Stores a submission, its readings (a correction replaces the period's reading) and the usage event,
 * answering its receipt; readings the period already holds, value for value, answer the receipt they
 * came with and store and count nothing (a double click, a reload, a retried request).
 */
async function storeSubmission(s: Submission): Promise<ReadingsReceipt> {
  for (;;) {
    try {
      const stored = await insertSubmission(s);
      if (stored) return stored;
    } catch (e) {
      // The random receipt number was taken: nothing was stored, so try another.
      if (violation(e, '23505')?.constraint === 'reading_submissions_receiptNumber_unique')
        continue;
      throw e;
    }
    const earlier = await receiptHolding(s);
    if (earlier) return earlier;
    // Another submission changed these readings between the two statements: store ours over it.
  }
}

type Submission = {
  apartmentId: string;
  kind: ReadingKind;
  period: string;
  userId: string;
  at: Date;
  readings: ReadingInput[];
};

/**
 * One statement, atomic without a transaction's extra round trips (which matters at month's end).
 * A reading is written only where its value differs from the one stored, and the submission and its
 * usage event only when some reading was: ON CONFLICT compares with the latest committed row, so of
 * identical submissions sent at once exactly one is stored, the others waiting for it and finding
 * their values there. Null when no reading changed. A correction's unchanged readings keep the
 * submission they came from. The receipt number, like `В-2014-11-04821937`, is random so it tells
 * nothing about other residents.
 */
async function insertSubmission(s: Submission): Promise<ReadingsReceipt | null> {
  // The id is chosen here so the readings can name it before the submission row exists; the foreign
  // key is checked at the end of the statement.
  const id = randomUUID();
  const at = s.at.toISOString();
  const receiptNumber = `${receiptPrefix[s.kind]}-${s.period.slice(0, 7)}-${String(
    randomInt(0, 100_000_000),
  ).padStart(8, '0')}`;
  const values = sql.join(
    s.readings.map((r) => sql`(${r.meterId}::uuid, ${r.zone}::smallint, ${r.value}::numeric)`),
    sql`, `,
  );
  const [stored] = await rowsOf<{ receiptNumber: string }>(
    db.execute(sql`
      with readings as (
        insert into ${meterReadings} (meter_id, period, zone, value, submission_id, submitted_at)
        select v.meter_id, ${s.period}::date, v.zone, v.value, ${id}::uuid, ${at}::timestamptz
        from (values ${values}) as v (meter_id, zone, value)
        on conflict (meter_id, period, zone) do update
          set value = excluded.value,
              submission_id = excluded.submission_id,
              submitted_at = excluded.submitted_at
          where ${meterReadings}.value <> excluded.value
        returning 1
      ), submission as (
        insert into ${readingSubmissions}
          (id, apartment_id, kind, period, submitted_by, submitted_at, receipt_number)
        select ${id}::uuid, ${s.apartmentId}::uuid, ${s.kind}::reading_kind, ${s.period}::date,
               ${s.userId}::uuid, ${at}::timestamptz, ${receiptNumber}
        where exists (select from readings)
        returning receipt_number
      ), used as (
        ${usageInsert(serviceOf[s.kind], { userId: s.userId }, s.at, sql`from submission`)}
      )
      select receipt_number as "receiptNumber" from submission`),
  );
  return stored ? { number: stored.receiptNumber, submittedAt: s.at } : null;
}

/** The receipt of the period's readings when they are exactly these values; the latest, if several. */
async function receiptHolding(s: Submission): Promise<ReadingsReceipt | null> {
  const rows = await db
    .select({
      number: readingSubmissions.receiptNumber,
      submittedAt: readingSubmissions.submittedAt,
    })
    .from(meterReadings)
    .innerJoin(readingSubmissions, eq(readingSubmissions.id, meterReadings.submissionId))
    .where(
      and(
        eq(meterReadings.period, s.period),
        or(
          ...s.readings.map((r) =>
            and(
              eq(meterReadings.meterId, r.meterId),
              eq(meterReadings.zone, r.zone),
              eq(meterReadings.value, r.value),
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(readingSubmissions.submittedAt));
  return rows.length === s.readings.length ? rows[0]! : null;
}

export const submitWaterReadings = (viewer: Viewer | null, input: SubmitReadingsInput, now: Date) =>
  submitReadings(viewer, 'water', input, now);
export const submitElectricityReadings = (
  viewer: Viewer | null,
  input: SubmitReadingsInput,
  now: Date,
) => submitReadings(viewer, 'electricity', input, now);
