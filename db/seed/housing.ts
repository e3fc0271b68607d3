import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import {
  readingWindow,
  seedTariffs,
  verificationIntervalYears,
  type ReadingKind,
} from '@/lib/housing';
import { addDays, addMonths, moscowDate, periodsBefore } from '@/lib/city';
import type { Db } from '../client';
import {
  apartmentLinks,
  apartments,
  meterReadings,
  meters,
  readingSubmissions,
  tariffs,
  users,
} from '../schema';
import { demoAccounts, demoRecords } from './index';
import { createRandom } from './random';

// Housing data of the demo city: the tariffs of 2013–2015 and a year of readings for the apartments
// the README names, ending just before the period a resident can submit for today.
//
// The registry's meters were installed in 2010–2014, so on today's calendar most have passed their
// verification date; the named apartments' meters are treated as re-verified on schedule (their date
// rolled forward by whole intervals), except one kept overdue to show that case.
//
// Relative to `now` but deterministic: the same day gives the same data, and a second run adds
// nothing (natural keys, ON CONFLICT DO NOTHING; the rolled dates are already in the future).

/** The meter the demo keeps past its verification date: the resident's second flat, second hot-water riser. */
export const overdueDemoMeter = 'ГВ-7701000027-2';
/** A meter whose verification falls due within the next 60 days. */
export const dueSoonDemoMeter = 'ХВ-7701000015-1';

const HISTORY_PERIODS = 12;

/** The period today's submissions belong to (the open window's, or the next one's); the seed leaves it empty. */
export function housingSeedPeriod(kind: ReadingKind, now: Date): string {
  return readingWindow(kind, now).period;
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

const addYears = (day: string, years: number) =>
  `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/** Thousandths as an integer, so sums stay exact. */
const toMilli = (value: string) => Math.round(Number(value) * 1000);
const fromMilli = (milli: number) => (milli / 1000).toFixed(3);

/** Share of an electricity meter's consumption per zone: T1 day/T2 night; T1 peak/T2 night/T3 half-peak. */
const zoneShares: Record<number, number[]> = { 1: [1], 2: [0.68, 0.32], 3: [0.3, 0.33, 0.37] };

type MeterRow = {
  kind: 'cold_water' | 'hot_water' | 'electricity';
  serialNumber: string;
  zones: number;
  installedOn: string;
  initialReading: string;
};

/**
 * A meter's readings for `periods` (oldest first), per zone, in thousandths: what it showed at
 * installation plus each month's use since, per person cold 3–5 m³, hot 2–3 m³, 60–90 kWh (under
 * the norms, so the demo's own submissions are not flagged), a little more in winter. Each month's
 * use comes from the serial number and the month alone, so a reading does not depend on the day the
 * seed runs, and a later run extends the history without contradicting it. `people` is the share of
 * the household the meter serves (a flat with two risers splits its water between them).
 */
function historyOf(meter: MeterRow, people: number, periods: string[]): (number[] | null)[] {
  const [lo, hi] =
    meter.kind === 'electricity'
      ? [60_000, 90_000]
      : meter.kind === 'cold_water'
        ? [3000, 5000]
        : [2000, 3000];
  const shares = zoneShares[meter.zones] ?? [1];
  // Electricity meters show whole kWh.
  const round = (milli: number) =>
    meter.kind === 'electricity' ? Math.round(milli / 1000) * 1000 : Math.round(milli);
  // A multi-rate meter's initial reading is its total; each zone starts from its share of it.
  let values = shares.map((s) => round(toMilli(meter.initialReading) * s));
  const wanted = new Map<string, number[]>();
  const last = periods.at(-1)!;
  for (let p = addMonths(`${meter.installedOn.slice(0, 8)}01`, 1); p <= last; p = addMonths(p, 1)) {
    const random = createRandom(hashOf(`${meter.serialNumber}/${p}`));
    const winter = ['12', '01', '02'].includes(p.slice(5, 7)) ? 1.15 : 1;
    const used = random.int(lo, hi) * people * winter;
    values = values.map((v, z) => v + round(used * shares[z]!));
    if (periods.includes(p)) wanted.set(p, values);
  }
  return periods.map((p) => wanted.get(p) ?? null);
}

export type HousingSeedSummary = { tariffs: number; readings: number };

export async function seedHousing(db: Db, now: Date = new Date()): Promise<HousingSeedSummary> {
  await db
    .insert(tariffs)
    .values([...seedTariffs])
    .onConflictDoNothing();

  const today = moscowDate(now);
  const current = housingSeedPeriod('water', now);

  const payerCodes = [
    ...demoRecords.residentApartments,
    demoRecords.neighbourApartment,
    ...demoRecords.freeApartments,
  ].map((a) => a.payerCode);
  const flats = await db
    .select({
      id: apartments.id,
      payerCode: apartments.payerCode,
      residents: apartments.registeredResidents,
      holder: apartmentLinks.userId,
    })
    .from(apartments)
    .leftJoin(apartmentLinks, eq(apartmentLinks.apartmentId, apartments.id))
    .where(inArray(apartments.payerCode, payerCodes));
  // Free flats have nobody linked; their history stands for what earlier tenants sent in, and a
  // submission needs a person, so it is filed under the administrator (the registry import).
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccounts[3].email));

  const meterList = await db
    .select({
      id: meters.id,
      apartmentId: meters.apartmentId,
      kind: meters.kind,
      serialNumber: meters.serialNumber,
      zones: meters.zones,
      installedOn: meters.installedOn,
      verifiedUntil: meters.verifiedUntil,
      initialReading: meters.initialReading,
    })
    .from(meters)
    .where(
      inArray(
        meters.apartmentId,
        flats.map((f) => f.id),
      ),
    );

  // Re-verification on schedule (hot water every 4 years, cold every 6), well clear of the 60-day reminder.
  for (const m of meterList) {
    let until = m.verifiedUntil;
    if (m.serialNumber === overdueDemoMeter) until = addDays(current, -1);
    else if (m.serialNumber === dueSoonDemoMeter) until = addDays(today, 45);
    else
      while (until <= addDays(today, 60))
        until = addYears(until, verificationIntervalYears[m.kind]);
    if (until !== m.verifiedUntil)
      await db.update(meters).set({ verifiedUntil: until }).where(eq(meters.id, m.id));
  }

  let readings = 0;
  for (const flat of flats) {
    const submitter = flat.holder ?? admin!.id;
    const own = meterList.filter((m) => m.apartmentId === flat.id);
    for (const kind of ['water', 'electricity'] as const) {
      const kindMeters = own.filter((m) => (kind === 'water') === (m.kind !== 'electricity'));
      if (kindMeters.length === 0) continue;
      const risers = Math.max(1, kindMeters.filter((m) => m.kind === 'cold_water').length);
      const people = Math.max(1, flat.residents) / risers;
      const periods = periodsBefore(housingSeedPeriod(kind, now), HISTORY_PERIODS);
      const histories = kindMeters.map((m) =>
        historyOf(m, kind === 'water' ? people : Math.max(1, flat.residents), periods),
      );
      for (const [p, period] of periods.entries()) {
        const receiptNumber = `${kind === 'water' ? 'В' : 'Э'}-${period.slice(0, 7)}-S${flat.payerCode}`;
        await db
          .insert(readingSubmissions)
          .values({
            apartmentId: flat.id,
            kind,
            period,
            submittedBy: submitter,
            submittedAt: new Date(`${period.slice(0, 8)}20T09:00:00Z`),
            receiptNumber,
          })
          .onConflictDoNothing();
        const [submission] = await db
          .select({ id: readingSubmissions.id })
          .from(readingSubmissions)
          .where(eq(readingSubmissions.receiptNumber, receiptNumber));
        const rows = kindMeters.flatMap((m, i) =>
          (histories[i]![p] ?? []).map((value, z) => ({
            meterId: m.id,
            period,
            zone: z + 1,
            value: fromMilli(value),
            submissionId: submission!.id,
            submittedAt: new Date(`${period.slice(0, 8)}20T09:00:00Z`),
          })),
        );
        const inserted = await db
          .insert(meterReadings)
          .values(rows)
          .onConflictDoNothing()
          .returning({ id: meterReadings.id });
        readings += inserted.length;
      }
    }
  }
  return { tariffs: await db.$count(tariffs), readings };
}
