import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '@/db';
import { linkedApartmentMeters, linkedApartments } from './links';
import { apartmentLinks, epds } from '@/db/schema';
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
  const [linked, meterRows, epdRows] = await Promise.all([
    linkedApartments(viewer.id),
    linkedApartmentMeters(viewer.id),
    prepared('latest_epds', (d) =>
      d
        .selectDistinctOn([epds.apartmentId], {
          apartmentId: epds.apartmentId,
          id: epds.id,
          period: epds.period,
          dueDate: epds.dueDate,
          totalKopecks: epds.totalKopecks,
          paidKopecks: sql<string>`${paidSince(sql`${epds}`)}`,
        })
        .from(epds)
        .innerJoin(apartmentLinks, eq(apartmentLinks.apartmentId, epds.apartmentId))
        .where(eq(apartmentLinks.userId, sql.placeholder('userId')))
        .orderBy(epds.apartmentId, desc(epds.period))
        .prepare('latest_epds'),
    ).execute({ userId: viewer.id }),
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
