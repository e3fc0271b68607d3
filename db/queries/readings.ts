import 'server-only';
import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { apartmentLinks, apartments, meterReadings, meters, readingSubmissions } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import { env } from '@/lib/env';
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
  type ZoneReading,
  type ZoneReadingInput,
} from '@/lib/housing';
import { readingField, type ReadingConcern } from '@/lib/housing/reading-form';
import { isUuid } from '@/lib/registry/identifiers';
import { recordUse } from './usage';

// Water and electricity readings as a resident sends them: one form per apartment and period, all
// its meters at once. Another person's apartment or meter is answered as not found. The rules come
// from lib/housing; the database's unique key (one reading per meter, zone and period) and its
// trigger (readings never go down) are the guarantees underneath them.

export type { ReadingKind };

/** The reading window at `now` as this deployment configures it (READING_WINDOW_WATER/_ELECTRICITY). */
export function configuredReadingWindow(kind: ReadingKind, now: Date): ReadingWindow {
  const e = env();
  return readingWindow(
    kind,
    now,
    kind === 'water' ? e.READING_WINDOW_WATER : e.READING_WINDOW_ELECTRICITY,
  );
}

type MeterKind = 'cold_water' | 'hot_water' | 'electricity';

const meterKindsOf: Record<ReadingKind, MeterKind[]> = {
  water: ['cold_water', 'hot_water'],
  electricity: ['electricity'],
};
const serviceOf: Record<ReadingKind, string> = {
  water: 'water-meter-readings',
  electricity: 'electricity-meter-readings',
};
const receiptPrefix: Record<ReadingKind, string> = { water: 'В', electricity: 'Э' };

/** How many periods the page's history and the CSV show. */
const HISTORY_PERIODS = 24;

export type ApartmentOption = { id: string; building: string; flat: string };

export type HistoryRow = {
  period: string;
  /** Per zone (one value for water and single-rate meters). */
  values: string[];
  /** The month's use, when the month before has a reading too. */
  consumption: (string | null)[];
};

export type MeterView = {
  id: string;
  kind: MeterKind;
  serialNumber: string;
  zones: number;
  verifiedUntil: string;
  /** Past its verification date: it cannot take readings. */
  overdue: boolean;
  /** The reading a new one may not go below, per zone, and its period (null: the initial reading). */
  previous: { period: string | null; values: string[] };
  /** What was accepted for the window's period, per zone; null if nothing yet. */
  submitted: string[] | null;
  /** Newest first. */
  history: HistoryRow[];
};

export type ReadingsOverview = {
  /** Every apartment the viewer has linked, for the selector. */
  apartments: ApartmentOption[];
  /** The one shown: the asked-for one, or the first. Null when nothing is linked. */
  apartment: (ApartmentOption & { residents: number }) | null;
  window: ReadingWindow;
  meters: MeterView[];
  /** The latest submission for the window's period. */
  receipt: { number: string; submittedAt: Date } | null;
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

/** All readings of the given meters, oldest first. */
async function readingsOf(meterIds: string[], tx: Tx | typeof db = db) {
  if (meterIds.length === 0) return [];
  return tx
    .select({
      meterId: meterReadings.meterId,
      period: meterReadings.period,
      zone: meterReadings.zone,
      value: meterReadings.value,
    })
    .from(meterReadings)
    .where(inArray(meterReadings.meterId, meterIds))
    .orderBy(asc(meterReadings.period), asc(meterReadings.zone));
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

async function metersOf(apartmentId: string, kind: ReadingKind, tx: Tx | typeof db = db) {
  return tx
    .select({
      id: meters.id,
      kind: meters.kind,
      serialNumber: meters.serialNumber,
      zones: meters.zones,
      installedOn: meters.installedOn,
      verifiedUntil: meters.verifiedUntil,
      initialReading: meters.initialReading,
    })
    .from(meters)
    .where(and(eq(meters.apartmentId, apartmentId), inArray(meters.kind, meterKindsOf[kind])))
    .orderBy(asc(meters.kind), asc(meters.serialNumber));
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
  if (!chosen) return { apartments: list, apartment: null, window, meters: [], receipt: null };

  const meterRows = await metersOf(chosen.id, kind);
  const rows = await readingsOf(meterRows.map((m) => m.id));
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
    meters: meterRows.map((m) => meterView(m, rows, window.period, now)),
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
    .select({
      id: meters.id,
      kind: meters.kind,
      serialNumber: meters.serialNumber,
      zones: meters.zones,
      installedOn: meters.installedOn,
      verifiedUntil: meters.verifiedUntil,
      initialReading: meters.initialReading,
    })
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
  const rows = await readingsOf([meter.id]);
  return {
    serialNumber: meter.serialNumber,
    kind: meter.kind,
    zones: meter.zones,
    history: historyOf(meter, rows),
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
  | { ok: true; receiptNumber: string; period: string; submittedAt: Date }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'windowClosed'; window: ReadingWindow }
  /** Keys are form field names (`readingField`), values message keys of `validation`. */
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> }
  | { ok: false; error: 'needsConfirmation'; concerns: ReadingConcern[] };

class BelowPrevious extends Error {
  constructor(readonly field: string) {
    super('reading below the previous one');
  }
}

const isCheckViolation = (e: unknown, constraint: string): boolean => {
  const err = e as {
    code?: string;
    constraint_name?: string;
    constraint?: string;
    cause?: unknown;
  };
  if (err?.code === '23514') return (err.constraint_name ?? err.constraint ?? '') === constraint;
  return err?.cause ? isCheckViolation(err.cause, constraint) : false;
};

export async function submitReadings(
  viewer: Viewer | null,
  kind: ReadingKind,
  input: SubmitReadingsInput,
  now: Date,
): Promise<SubmitReadingsResult> {
  const notFound = { ok: false, error: 'notFound' } as const;
  if (!canUseResidentServices(viewer) || !isUuid(input.apartmentId)) return notFound;
  if (input.readings.some((r) => !isUuid(r.meterId))) return notFound;
  const [apartment] = await db
    .select({ id: apartments.id, residents: apartments.registeredResidents })
    .from(apartmentLinks)
    .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
    .where(
      and(eq(apartmentLinks.apartmentId, input.apartmentId), eq(apartmentLinks.userId, viewer.id)),
    );
  if (!apartment) return notFound;
  const meterRows = await metersOf(apartment.id, kind);
  const known = new Map(meterRows.map((m) => [m.id, m]));
  // A meter id from elsewhere (another flat, another person) is answered like a wrong apartment.
  for (const r of input.readings) {
    const meter = known.get(r.meterId);
    if (!meter || !Number.isInteger(r.zone) || r.zone < 1 || r.zone > meter.zones) return notFound;
  }

  const window = configuredReadingWindow(kind, now);
  if (!window.open) return { ok: false, error: 'windowClosed', window };
  const period = window.period;

  const rows = await readingsOf(meterRows.map((m) => m.id));
  const sent = new Map(input.readings.map((r) => [readingField(r.meterId, r.zone), r.value]));
  const fieldErrors: Record<string, string> = {};
  const checked: MeterReadingInput[] = [];
  for (const meter of meterRows) {
    const overdue = isVerificationExpired(meter.verifiedUntil, now);
    const previous = previousOf(meter, rows, period).values;
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
      const history = zoneReadings(meter, rows, zone);
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
  const result = checkReadings({ now, registeredResidents: apartment.residents, meters: checked });
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
    return await db.transaction(async (tx) => {
      const submission = await insertSubmission(tx, {
        apartmentId: apartment.id,
        kind,
        period,
        submittedBy: viewer.id,
        submittedAt: now,
      });
      for (const r of accepted) {
        try {
          await tx
            .insert(meterReadings)
            .values({
              meterId: r.meterId,
              period,
              zone: r.zone,
              value: r.value,
              submissionId: submission.id,
              submittedAt: now,
            })
            .onConflictDoUpdate({
              target: [meterReadings.meterId, meterReadings.period, meterReadings.zone],
              set: { value: r.value, submissionId: submission.id, submittedAt: now },
            });
        } catch (e) {
          if (isCheckViolation(e, 'meter_readings_never_decrease'))
            throw new BelowPrevious(readingField(r.meterId, r.zone));
          throw e;
        }
      }
      await recordUse(serviceOf[kind], { userId: viewer.id }, { tx, at: now });
      return {
        ok: true as const,
        receiptNumber: submission.receiptNumber,
        period,
        submittedAt: now,
      };
    });
  } catch (e) {
    // The trigger is the backstop when an earlier period's reading changed since we checked.
    if (e instanceof BelowPrevious)
      return { ok: false, error: 'invalid', fieldErrors: { [e.field]: 'belowPrevious' } };
    throw e;
  }
}

/** A receipt number like `В-2014-11-04821937`: random, so it tells nothing about other residents. */
async function insertSubmission(
  tx: Tx,
  values: Omit<typeof readingSubmissions.$inferInsert, 'receiptNumber'> & {
    kind: ReadingKind;
    period: string;
  },
) {
  for (;;) {
    const receiptNumber = `${receiptPrefix[values.kind]}-${values.period.slice(0, 7)}-${String(
      randomInt(0, 100_000_000),
    ).padStart(8, '0')}`;
    const [row] = await tx
      .insert(readingSubmissions)
      .values({ ...values, receiptNumber })
      .onConflictDoNothing({ target: readingSubmissions.receiptNumber })
      .returning({ id: readingSubmissions.id, receiptNumber: readingSubmissions.receiptNumber });
    if (row) return row;
  }
}

export const submitWaterReadings = (viewer: Viewer | null, input: SubmitReadingsInput, now: Date) =>
  submitReadings(viewer, 'water', input, now);
export const submitElectricityReadings = (
  viewer: Viewer | null,
  input: SubmitReadingsInput,
  now: Date,
) => submitReadings(viewer, 'electricity', input, now);
