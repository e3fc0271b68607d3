import 'server-only';
import { and, asc, desc, eq, gt, inArray, lt, lte, notExists, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  apartmentLinks,
  apartments,
  epdLines,
  epds,
  meterReadings,
  meters,
  tariffs,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import {
  billApartment,
  carriedDebt,
  composeEpd,
  fromThousandths,
  toThousandths,
  type BillingMeter,
  type Tariff,
} from '@/lib/housing';
import { epdStatus, type EpdStatus } from '@/lib/housing/epd-status';
import { isUuid } from '@/lib/registry/identifiers';
import { paidSince } from './epd-payments';
import { type Period } from '@/lib/city';

// The ЕПД of the viewer's apartments. An ЕПД belongs to its apartment: whoever holds the apartment's
// link sees its documents; anyone else gets not-found, as if it did not exist.

export type EpdSummary = {
  id: string;
  period: string;
  chargedKopecks: number;
  debtKopecks: number;
  totalKopecks: number;
  dueDate: string;
  /** What the apartment paid since the ЕПД was generated. */
  paidKopecks: number;
  /** Where it stands at the `now` it was read for: the one status every page shows. */
  status: EpdStatus;
};

export type EpdApartment = {
  apartmentId: string;
  payerCode: string;
  building: string;
  flat: string;
  /** Newest period first. */
  epds: EpdSummary[];
};

export type EpdLine = {
  service: (typeof epdLines.$inferSelect)['service'];
  zone: number;
  /** How many zones the apartment's electricity meter has (1 for every other service). */
  zones: number;
  volume: string;
  kopecksPerUnit: number;
  chargeKopecks: number;
  basis: (typeof epdLines.$inferSelect)['basis'];
};

export type EpdDetail = EpdSummary & {
  apartment: {
    id: string;
    payerCode: string;
    district: string;
    building: string;
    flat: string;
    areaM2: string;
    registeredResidents: number;
    ownerName: string;
  };
  lines: EpdLine[];
};

const summaryColumns = {
  id: epds.id,
  period: epds.period,
  chargedKopecks: epds.chargedKopecks,
  debtKopecks: epds.debtKopecks,
  totalKopecks: epds.totalKopecks,
  dueDate: epds.dueDate,
};

const paidColumn = sql<string>`${paidSince(sql`${epds}`)}`;

type SummaryRow = Omit<EpdSummary, 'paidKopecks' | 'status'>;

/** An ЕПД with what was paid since and its status; `latest`: the apartment's latest ЕПД. */
function summary(epd: SummaryRow, paid: string, latest: SummaryRow, now: Date): EpdSummary {
  const paidKopecks = Number(paid);
  const later = latest.id === epd.id ? null : { id: latest.id, period: latest.period };
  return { ...epd, paidKopecks, status: epdStatus({ ...epd, paidKopecks, later }, now) };
}

/** The viewer's apartments, each with its ЕПД (newest first) and their status at `now`. */
export async function listEpds(viewer: Viewer | null, now = new Date()): Promise<EpdApartment[]> {
  if (!canUseResidentServices(viewer)) return [];
  const rows = await db
    .select({
      apartmentId: apartments.id,
      payerCode: apartments.payerCode,
      building: apartments.building,
      flat: apartments.flat,
      epd: summaryColumns,
      // Outside `epd`, which the left join leaves null for an apartment without any.
      paidKopecks: paidColumn,
    })
    .from(apartmentLinks)
    .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
    .leftJoin(epds, eq(epds.apartmentId, apartments.id))
    .where(eq(apartmentLinks.userId, viewer.id))
    .orderBy(asc(apartmentLinks.linkedAt), asc(apartments.id), desc(epds.period));

  const byApartment = new Map<string, EpdApartment>();
  for (const { epd, paidKopecks, ...apartment } of rows) {
    let entry = byApartment.get(apartment.apartmentId);
    if (!entry) {
      entry = { ...apartment, epds: [] };
      byApartment.set(apartment.apartmentId, entry);
    }
    // Newest first: the first of an apartment's is its latest.
    if (epd) entry.epds.push(summary(epd, paidKopecks, entry.epds[0] ?? epd, now));
  }
  return [...byApartment.values()];
}

/**
 * One ЕПД of the viewer's, with its lines and its status at `now`; null when there is none or it is
 * someone else's.
 */
export async function getEpd(
  viewer: Viewer | null,
  id: string,
  now = new Date(),
): Promise<EpdDetail | null> {
  if (!canUseResidentServices(viewer) || !isUuid(id)) return null;
  const [row] = await db
    .select({
      ...summaryColumns,
      paidKopecks: paidColumn,
      apartment: {
        id: apartments.id,
        payerCode: apartments.payerCode,
        district: apartments.district,
        building: apartments.building,
        flat: apartments.flat,
        areaM2: apartments.areaM2,
        registeredResidents: apartments.registeredResidents,
        ownerName: apartments.ownerName,
      },
    })
    .from(epds)
    .innerJoin(apartments, eq(apartments.id, epds.apartmentId))
    .innerJoin(
      apartmentLinks,
      and(eq(apartmentLinks.apartmentId, apartments.id), eq(apartmentLinks.userId, viewer.id)),
    )
    .where(eq(epds.id, id));
  if (!row) return null;
  const { paidKopecks, apartment, ...epd } = row;

  const [lines, [latest]] = await Promise.all([
    db
      .select({
        service: epdLines.service,
        zone: epdLines.zone,
        volume: epdLines.volume,
        kopecksPerUnit: epdLines.kopecksPerUnit,
        chargeKopecks: epdLines.chargeKopecks,
        basis: epdLines.basis,
      })
      .from(epdLines)
      .where(eq(epdLines.epdId, id))
      .orderBy(asc(epdLines.service), asc(epdLines.zone)),
    // The apartment's (the viewer's, checked above) latest ЕПД.
    db
      .select(summaryColumns)
      .from(epds)
      .where(eq(epds.apartmentId, apartment.id))
      .orderBy(desc(epds.period))
      .limit(1),
  ]);
  // A line keeps its zone but not the meter's rate count; the highest electricity zone is it.
  const electricityZones = Math.max(
    1,
    ...lines.filter((l) => l.service === 'electricity').map((l) => l.zone),
  );
  return {
    ...summary(epd, paidKopecks, latest ?? epd, now),
    apartment,
    lines: lines.map((l) => ({ ...l, zones: l.service === 'electricity' ? electricityZones : 1 })),
  };
}

// ---- Generation (the monthly job and `npm run jobs:epd`) ----

export type GenerationSummary = { period: Period; created: number; alreadyThere: number };

const BATCH = 100;

/** Apartments without an ЕПД for the period, in id order after `afterId`. */
async function apartmentsMissing(period: Period, afterId: string | null, limit: number) {
  return db
    .select({
      id: apartments.id,
      areaM2: apartments.areaM2,
      registeredResidents: apartments.registeredResidents,
    })
    .from(apartments)
    .where(
      and(
        afterId ? gt(apartments.id, afterId) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(epds)
            .where(and(eq(epds.apartmentId, apartments.id), eq(epds.period, period))),
        ),
      ),
    )
    .orderBy(asc(apartments.id))
    .limit(limit);
}

/** How many apartments still lack the period's ЕПД (the scheduler's cheap check). */
export async function countMissingEpds(period: Period): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(apartments)
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(epds)
          .where(and(eq(epds.apartmentId, apartments.id), eq(epds.period, period))),
      ),
    );
  return row?.n ?? 0;
}

/**
 * The ЕПД of `period` for every apartment that does not have it yet, in batches, each apartment in its
 * own transaction. Generating a period twice changes nothing: the unique (apartment, period) key
 * makes a second insert a no-op (ON CONFLICT DO NOTHING), even when two runs race.
 */
export async function generateEpds(period: Period): Promise<GenerationSummary> {
  const tariffRows: Tariff[] = await db
    .select({
      service: tariffs.service,
      zones: tariffs.zones,
      zone: tariffs.zone,
      validFrom: tariffs.validFrom,
      kopecksPerUnit: tariffs.kopecksPerUnit,
    })
    .from(tariffs)
    .where(lte(tariffs.validFrom, period));

  let created = 0;
  let alreadyThere = await db.$count(epds, eq(epds.period, period));
  let afterId: string | null = null;
  for (;;) {
    const batch = await apartmentsMissing(period, afterId, BATCH);
    if (batch.length === 0) break;
    afterId = batch.at(-1)!.id;
    const ids = batch.map((a) => a.id);
    const [meterMap, previous] = await Promise.all([
      billingMeters(ids, period),
      previousEpds(ids, period),
    ]);
    for (const apartment of batch) {
      const lines = billApartment({
        period,
        areaM2: apartment.areaM2,
        registeredResidents: apartment.registeredResidents,
        meters: meterMap.get(apartment.id) ?? [],
        tariffs: tariffRows,
      });
      const before = previous.get(apartment.id) ?? null;
      const epd = composeEpd({
        period,
        lines,
        debtKopecks: carriedDebt(before, before?.paidKopecks),
      });
      const inserted = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(epds)
          .values({
            apartmentId: apartment.id,
            period,
            chargedKopecks: epd.chargedKopecks,
            debtKopecks: epd.debtKopecks,
            totalKopecks: epd.totalKopecks,
            dueDate: epd.dueDate,
          })
          .onConflictDoNothing({ target: [epds.apartmentId, epds.period] })
          .returning({ id: epds.id });
        if (!row) return false;
        if (epd.lines.length > 0) {
          await tx.insert(epdLines).values(
            epd.lines.map((line) => ({
              epdId: row.id,
              service: line.service,
              zone: line.zone,
              volume: line.volume,
              kopecksPerUnit: line.kopecksPerUnit,
              chargeKopecks: line.chargeKopecks,
              basis: line.basis,
            })),
          );
        }
        return true;
      });
      if (inserted) created++;
      else alreadyThere++;
    }
  }
  return { period, created, alreadyThere };
}

/**
 * Each apartment's latest ЕПД before the period, with what was paid since it was generated: its
 * total less those payments is the debt carried in (negative: a credit).
 */
async function previousEpds(apartmentIds: string[], period: Period) {
  const rows = await db
    .selectDistinctOn([epds.apartmentId], {
      apartmentId: epds.apartmentId,
      totalKopecks: epds.totalKopecks,
      paidKopecks: sql<string>`${paidSince(sql`${epds}`)}`,
    })
    .from(epds)
    .where(and(inArray(epds.apartmentId, apartmentIds), lt(epds.period, period)))
    .orderBy(epds.apartmentId, desc(epds.period));
  return new Map(
    rows.map((r) => [
      r.apartmentId,
      { totalKopecks: r.totalKopecks, paidKopecks: Number(r.paidKopecks) },
    ]),
  );
}

/**
 * The apartments' meters with their readings up to the period, and for each meter zone the volume
 * already billed on estimates since its previous reading, so that the next reading does not charge
 * those months again.
 */
async function billingMeters(
  apartmentIds: string[],
  period: Period,
): Promise<Map<string, BillingMeter[]>> {
  const meterRows = await db
    .select({
      id: meters.id,
      apartmentId: meters.apartmentId,
      kind: meters.kind,
      zones: meters.zones,
      initialReading: meters.initialReading,
    })
    .from(meters)
    .where(inArray(meters.apartmentId, apartmentIds))
    .orderBy(asc(meters.apartmentId), asc(meters.serialNumber));
  const meterIds = meterRows.map((m) => m.id);
  const [readingRows, estimateRows] = await Promise.all([
    meterIds.length === 0
      ? []
      : db
          .select({
            meterId: meterReadings.meterId,
            period: meterReadings.period,
            zone: meterReadings.zone,
            value: meterReadings.value,
          })
          .from(meterReadings)
          .where(and(inArray(meterReadings.meterId, meterIds), lte(meterReadings.period, period))),
    db
      .select({
        apartmentId: epds.apartmentId,
        period: epds.period,
        service: epdLines.service,
        zone: epdLines.zone,
        volume: epdLines.volume,
      })
      .from(epdLines)
      .innerJoin(epds, eq(epds.id, epdLines.epdId))
      .where(
        and(
          inArray(epds.apartmentId, apartmentIds),
          lt(epds.period, period),
          inArray(epdLines.basis, ['average', 'norm']),
          inArray(epdLines.service, ['cold_water', 'hot_water', 'electricity']),
        ),
      ),
  ]);

  const readingsOf = new Map<string, BillingMeter['readings'][number][]>();
  for (const r of readingRows) {
    const list = readingsOf.get(r.meterId) ?? [];
    list.push({ period: r.period, zone: r.zone, value: r.value });
    readingsOf.set(r.meterId, list);
  }

  const result = new Map<string, BillingMeter[]>();
  for (const m of meterRows) {
    const list = result.get(m.apartmentId) ?? [];
    list.push({
      meterId: m.id,
      kind: m.kind,
      zones: m.zones,
      initialReading: m.initialReading,
      readings: readingsOf.get(m.id) ?? [],
    });
    result.set(m.apartmentId, list);
  }
  for (const [apartmentId, list] of result) {
    const estimates = estimateRows.filter((row) => row.apartmentId === apartmentId);
    for (const meter of list) {
      meter.estimatedSinceLastReading = estimatedSince(meter, list, period, estimates);
    }
  }
  return result;
}

/**
 * A meter zone's volume billed on estimates since its previous reading, when it has a reading this
 * period. An estimated ЕПД line is shared by the meters of its kind that had no reading that month;
 * a line keeps no meter, so the share is an equal one (exact for the usual one meter of each kind).
 */
function estimatedSince(
  meter: BillingMeter,
  apartmentMeters: readonly BillingMeter[],
  period: Period,
  estimates: readonly {
    period: string;
    service: string;
    zone: number;
    volume: string;
  }[],
): Partial<Record<number, string>> | undefined {
  if (!meter.readings.some((r) => r.period === period)) return undefined;
  const sameKind = apartmentMeters.filter((m) => m.kind === meter.kind);
  const result: Partial<Record<number, string>> = {};
  for (let zone = 1; zone <= meter.zones; zone++) {
    const earlier = meter.readings.filter((r) => r.zone === zone && r.period < period);
    const since = earlier.reduce<string | null>(
      (p, r) => (!p || r.period > p ? r.period : p),
      null,
    );
    let total = 0n;
    for (const row of estimates) {
      if (row.service !== meter.kind || row.zone !== zone) continue;
      if (since !== null && row.period <= since) continue;
      const unread = sameKind.filter((m) => !m.readings.some((r) => r.period === row.period));
      if (!unread.includes(meter)) continue;
      total += toThousandths(row.volume) / BigInt(unread.length);
    }
    if (total > 0n) result[zone] = fromThousandths(total);
  }
  return result;
}
