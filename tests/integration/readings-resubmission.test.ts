import { and, asc, eq, gte, notExists } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { linkRecord } from '@/db/queries/links';
import { getReadingsOverview, submitReadings, type ReadingsOverview } from '@/db/queries/readings';
import {
  apartmentLinks,
  apartments,
  meterReadings,
  meters,
  readingSubmissions,
  usageEvents,
} from '@/db/schema';
import { housingSeedPeriod } from '@/db/seed/housing';
import type { Viewer } from '@/lib/auth/roles';
import { moscowTime, periodParts } from '@/lib/city';
import { fromThousandths, toThousandths } from '@/lib/housing';
import { linkApartmentSchema } from '@/lib/registry/schemas';
import { apartmentLink } from '@/services/housing/link';
import { onPostgres } from '../setup/db';
import { newResident } from '../setup/fixtures';

// Sending the same readings twice (a double click, a reload, a retried request) is one submission:
// the second answers the first one's receipt and is not counted as another use of the service.
// Each test links a fresh resident to an electricity meter of the seed that nobody has linked.

const period = housingSeedPeriod('electricity', new Date());
const on = (day: number) => {
  const { year, month } = periodParts(period);
  return moscowTime(year, month, day, 12);
};

let taken = 0;
/** A new resident with the next unlinked apartment whose electricity meter has `zones` zones. */
async function residentWithMeter(zones: number) {
  const [flat] = await db
    .select({ payerCode: apartments.payerCode, flat: apartments.flat, id: apartments.id })
    .from(apartments)
    .innerJoin(meters, eq(meters.apartmentId, apartments.id))
    .where(
      and(
        eq(meters.kind, 'electricity'),
        gte(meters.zones, zones),
        notExists(
          db.select().from(apartmentLinks).where(eq(apartmentLinks.apartmentId, apartments.id)),
        ),
      ),
    )
    .orderBy(asc(apartments.payerCode))
    .offset(taken++)
    .limit(1);
  const me = await newResident();
  const linked = await linkRecord(
    me,
    apartmentLink,
    linkApartmentSchema.parse({ payerCode: flat!.payerCode, flat: flat!.flat }),
  );
  expect(linked.ok).toBe(true);
  const overview = (await getReadingsOverview(me, 'electricity', flat!.id, on(20)))!;
  return { me, overview };
}

/** Every zone of the meters raised by `delta` over its previous reading. */
const raisedBy = (overview: ReadingsOverview, delta: string) =>
  overview.meters.flatMap((m) =>
    m.previous.values.map((v, z) => ({
      meterId: m.id,
      zone: z + 1,
      value: fromThousandths(toThousandths(v) + toThousandths(delta)),
    })),
  );

const send = (
  me: Viewer,
  overview: ReadingsOverview,
  readings: ReturnType<typeof raisedBy>,
  at: Date,
) =>
  submitReadings(
    me,
    'electricity',
    { apartmentId: overview.apartment!.id, readings, confirmed: true },
    at,
  );

const usesOf = (me: Viewer) =>
  db.$count(
    usageEvents,
    and(eq(usageEvents.userId, me.id), eq(usageEvents.service, 'electricity-meter-readings')),
  );

const submissionsOf = (overview: ReadingsOverview) =>
  db.$count(
    readingSubmissions,
    and(
      eq(readingSubmissions.apartmentId, overview.apartment!.id),
      eq(readingSubmissions.kind, 'electricity'),
      eq(readingSubmissions.period, period),
    ),
  );

async function storedOf(overview: ReadingsOverview) {
  const rows = await db
    .select({ zone: meterReadings.zone, value: meterReadings.value })
    .from(meterReadings)
    .where(and(eq(meterReadings.meterId, overview.meters[0]!.id), eq(meterReadings.period, period)))
    .orderBy(asc(meterReadings.zone));
  return rows.map((r) => r.value);
}

describe('sending the same readings again in the period', () => {
  it('answers the first submission’s receipt, storing and counting nothing more', async () => {
    const { me, overview } = await residentWithMeter(1);
    const readings = raisedBy(overview, '41.5');

    const first = await send(me, overview, readings, on(20));
    const again = await send(me, overview, readings, on(21));

    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.receiptNumber).toBe(first.receiptNumber);
    expect(again.submittedAt).toEqual(first.submittedAt);
    expect(again.meters).toEqual(first.meters);
    expect(await submissionsOf(overview)).toBe(1);
    expect(await usesOf(me)).toBe(1);
    const after = (await getReadingsOverview(me, 'electricity', overview.apartment!.id, on(22)))!;
    expect(after.receipt).toEqual({ number: first.receiptNumber, submittedAt: first.submittedAt });
  });

  it('takes the same values typed differently (a comma, trailing zeros) as the same readings', async () => {
    const { me, overview } = await residentWithMeter(1);
    const readings = raisedBy(overview, '12.5');
    const retyped = readings.map((r) => ({
      ...r,
      value: r.value.replace(/0+$/, '').replace('.', ','),
    }));

    const first = await send(me, overview, readings, on(20));
    const again = await send(me, overview, retyped, on(20));

    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(again).toMatchObject({ ok: true, receiptNumber: first.receiptNumber });
    expect(await usesOf(me)).toBe(1);
  });

  it('takes one zone changed as a correction: a new receipt and a second use', async () => {
    const { me, overview } = await residentWithMeter(2);
    const readings = raisedBy(overview, '30');
    const corrected = readings.map((r, i) =>
      i === 0 ? { ...r, value: fromThousandths(toThousandths(r.value) + 2000n) } : r,
    );

    const first = await send(me, overview, readings, on(20));
    const correction = await send(me, overview, corrected, on(21));
    const correctionAgain = await send(me, overview, corrected, on(22));

    expect(first.ok && correction.ok && correctionAgain.ok).toBe(true);
    if (!first.ok || !correction.ok || !correctionAgain.ok) return;
    expect(correction.receiptNumber).not.toBe(first.receiptNumber);
    expect(correctionAgain.receiptNumber).toBe(correction.receiptNumber);
    expect(await storedOf(overview)).toEqual(corrected.map((r) => r.value));
    expect(await submissionsOf(overview)).toBe(2);
    expect(await usesOf(me)).toBe(2);
    const after = (await getReadingsOverview(me, 'electricity', overview.apartment!.id, on(23)))!;
    expect(after.receipt?.number).toBe(correction.receiptNumber);
  });
});

describe('the same readings sent many times at once', () => {
  it.runIf(onPostgres())('make one submission, one receipt for all and one use', async () => {
    const { me, overview } = await residentWithMeter(2);
    const readings = raisedBy(overview, '25.25');

    const results = await Promise.all(
      Array.from({ length: 50 }, () => send(me, overview, readings, on(20))),
    );

    expect(results.every((r) => r.ok)).toBe(true);
    const receipts = new Set(results.map((r) => (r.ok ? r.receiptNumber : null)));
    expect(receipts.size).toBe(1);
    expect(await submissionsOf(overview)).toBe(1);
    expect(await usesOf(me)).toBe(1);
    expect(await storedOf(overview)).toEqual(readings.map((r) => r.value));
  });
});
