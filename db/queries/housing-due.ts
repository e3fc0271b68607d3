import 'server-only';
import { asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { db } from '@/db';
import { apartmentLinks, apartments, epds, meterReadings, meters } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { env } from '@/server/env';
import { housingDue, type DueApartment, type HousingDueItem } from '@/lib/housing/due';
import { paidSince } from './epd-payments';

/**
 * Housing's part of «due this month»: open reading windows, the latest ЕПД and meter verification of
 * the viewer's own apartments only, with the reading windows this deployment configures (the same
 * as the readings pages). Empty for nobody signed in or nothing linked.
 */
export async function listHousingDue(viewer: Viewer | null, now: Date): Promise<HousingDueItem[]> {
  if (!canUseResidentServices(viewer)) return [];
  const { READING_WINDOW_WATER: water, READING_WINDOW_ELECTRICITY: electricity } = env();
  return housingDue(await dueApartments(viewer), now, { water, electricity });
}

/** The viewer's own apartments with what «due this month» needs of their meters and ЕПД. */
async function dueApartments(viewer: Viewer): Promise<DueApartment[]> {
  const linked = await db
    .select({ id: apartments.id, building: apartments.building, flat: apartments.flat })
    .from(apartmentLinks)
    .innerJoin(apartments, eq(apartments.id, apartmentLinks.apartmentId))
    .where(eq(apartmentLinks.userId, viewer.id))
    .orderBy(asc(apartmentLinks.linkedAt), asc(apartments.payerCode));
  if (linked.length === 0) return [];
  const ids = linked.map((a) => a.id);

  const [meterRows, epdRows] = await Promise.all([
    db
      .select({
        id: meters.id,
        apartmentId: meters.apartmentId,
        kind: meters.kind,
        serialNumber: meters.serialNumber,
        verifiedUntil: meters.verifiedUntil,
        lastReadingPeriod: max(meterReadings.period),
      })
      .from(meters)
      .leftJoin(meterReadings, eq(meterReadings.meterId, meters.id))
      .where(inArray(meters.apartmentId, ids))
      .groupBy(meters.id)
      .orderBy(asc(meters.kind), asc(meters.serialNumber)),
    db
      .selectDistinctOn([epds.apartmentId], {
        apartmentId: epds.apartmentId,
        id: epds.id,
        period: epds.period,
        dueDate: epds.dueDate,
        totalKopecks: epds.totalKopecks,
        paidKopecks: sql<string>`${paidSince(sql`${epds}`)}`,
      })
      .from(epds)
      .where(inArray(epds.apartmentId, ids))
      .orderBy(epds.apartmentId, desc(epds.period)),
  ]);

  return linked.map((apartment) => {
    const epd = epdRows.find((e) => e.apartmentId === apartment.id);
    return {
      ...apartment,
      meters: meterRows
        .filter((m) => m.apartmentId === apartment.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          serialNumber: m.serialNumber,
          verifiedUntil: m.verifiedUntil,
          lastReadingPeriod: m.lastReadingPeriod,
        })),
      latestEpd: epd
        ? {
            id: epd.id,
            period: epd.period,
            dueDate: epd.dueDate,
            totalKopecks: epd.totalKopecks,
            paidKopecks: Number(epd.paidKopecks),
          }
        : null,
    };
  });
}
