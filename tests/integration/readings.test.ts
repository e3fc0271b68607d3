import { addMonths, moscowTime, periodParts, type Period } from '@/lib/city';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { linkRecord } from '@/db/queries/links';
import { apartmentLink } from '@/services/housing/link';
import {
  getMeterHistory,
  getReadingsOverview,
  submitReadings,
  type ReadingKind,
  type ReadingsOverview,
} from '@/db/queries/readings';
import { apartments, meterReadings, readingSubmissions, usageEvents } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { housingSeedPeriod, overdueDemoMeter, seedHousing } from '@/db/seed/housing';
import type { Viewer } from '@/lib/auth/roles';
import { fromThousandths, toThousandths } from '@/lib/housing';
import { readingField } from '@/lib/housing/reading-form';
import { readingsCsv } from '@/lib/housing/readings-csv';
import { linkApartmentSchema } from '@/lib/registry/schemas';
import { newResident, viewerOf } from '../setup/fixtures';
import { onPostgres } from '../setup/db';

// The seed leaves each kind's current period (by today's real date) without readings; the tests
// submit "on the 20th" of that period, inside both windows (water 15th–3rd, electricity 15th–26th).
const at = (period: Period, day: number, hour = 12) => {
  const { year, month } = periodParts(period);
  return moscowTime(year, month, day, hour);
};
const waterPeriod = housingSeedPeriod('water', new Date());
const electricityPeriod = housingSeedPeriod('electricity', new Date());
const inWaterWindow = at(waterPeriod, 20);
const inElectricityWindow = at(electricityPeriod, 20);

const [firstFlat, secondFlat] = demoRecords.residentApartments;

async function apartmentId(payerCode: string) {
  const [row] = await db
    .select({ id: apartments.id })
    .from(apartments)
    .where(eq(apartments.payerCode, payerCode));
  return row!.id;
}

const plus = (value: string, delta: string) =>
  fromThousandths(toThousandths(value) + toThousandths(delta));

/** Every open meter zone of the page, each raised by `delta` over its previous reading. */
function allRaisedBy(overview: ReadingsOverview, delta: string) {
  return overview.meters
    .filter((m) => !m.overdue)
    .flatMap((m) =>
      m.previous.values.map((v, z) => ({ meterId: m.id, zone: z + 1, value: plus(v, delta) })),
    );
}

async function overviewOf(viewer: Viewer, kind: ReadingKind, payerCode: string, now: Date) {
  const overview = await getReadingsOverview(viewer, kind, await apartmentId(payerCode), now);
  return overview!;
}

async function readingsFor(meterIds: string[], period: Period) {
  const rows = await db
    .select({
      meterId: meterReadings.meterId,
      zone: meterReadings.zone,
      value: meterReadings.value,
    })
    .from(meterReadings)
    .where(eq(meterReadings.period, period));
  return rows.filter((r) => meterIds.includes(r.meterId));
}

async function usesOf(viewer: Viewer, service: string) {
  return db.$count(
    usageEvents,
    and(eq(usageEvents.userId, viewer.id), eq(usageEvents.service, service)),
  );
}

describe('the readings page', () => {
  it('shows each linked apartment’s water meters with the last reading and the open window', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = (await getReadingsOverview(resident, 'water', undefined, inWaterWindow))!;
    expect(overview.apartments).toHaveLength(2);
    expect(overview.window).toMatchObject({ open: true, period: waterPeriod });
    expect(overview.meters.length).toBeGreaterThanOrEqual(2);
    expect(overview.meters.every((m) => m.kind !== 'electricity')).toBe(true);
    // A year of history, up to the period before this one.
    for (const m of overview.meters) {
      expect(m.history.length).toBe(12);
      expect(m.submitted).toBeNull();
      expect(m.previous.period! < waterPeriod).toBe(true);
    }
  });

  it('answers another person’s apartment and a malformed id as not found', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const neighbours = await apartmentId(demoRecords.neighbourApartment.payerCode);
    expect(await getReadingsOverview(resident, 'water', neighbours, inWaterWindow)).toBeNull();
    expect(await getReadingsOverview(resident, 'water', 'x; drop', inWaterWindow)).toBeNull();
    expect(await getReadingsOverview(null, 'water', undefined, inWaterWindow)).toBeNull();
  });

  it('has no apartment to show a person who has linked none', async () => {
    const overview = await getReadingsOverview(
      await newResident(),
      'water',
      undefined,
      inWaterWindow,
    );
    expect(overview).toMatchObject({ apartments: [], apartment: null, meters: [] });
  });
});

describe('submitting water readings', () => {
  it('stores one reading per meter for the period and answers a receipt number', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', firstFlat.payerCode, inWaterWindow);
    const readings = allRaisedBy(overview, '2.5');
    const before = await usesOf(resident, 'water-meter-readings');

    const result = await submitReadings(
      resident,
      'water',
      { apartmentId: overview.apartment!.id, readings, confirmed: false },
      inWaterWindow,
    );

    expect(result).toMatchObject({ ok: true, period: waterPeriod });
    if (!result.ok) return;
    expect(result.receiptNumber).toMatch(/^В-\d{4}-\d{2}-\d{8}$/);
    const stored = await readingsFor(
      overview.meters.map((m) => m.id),
      waterPeriod,
    );
    expect(stored.map((r) => r.value).sort()).toEqual(readings.map((r) => r.value).sort());
    expect(await usesOf(resident, 'water-meter-readings')).toBe(before + 1);
    const after = await overviewOf(resident, 'water', firstFlat.payerCode, inWaterWindow);
    expect(after.receipt?.number).toBe(result.receiptNumber);
    expect(after.meters.every((m) => m.submitted !== null)).toBe(true);
    // The answer shows the meters as the page now would, so the browser need not render it again.
    expect(result.meters).toEqual(after.meters);
  });

  it('stores nothing outside the window and names the next one', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const closed = at(waterPeriod, 10);
    const overview = await overviewOf(resident, 'water', secondFlat.payerCode, closed);
    expect(overview.window.open).toBe(false);
    const before = await usesOf(resident, 'water-meter-readings');

    const result = await submitReadings(
      resident,
      'water',
      {
        apartmentId: overview.apartment!.id,
        readings: allRaisedBy(overview, '1'),
        confirmed: false,
      },
      closed,
    );

    expect(result).toMatchObject({ ok: false, error: 'windowClosed' });
    if (!result.ok && result.error === 'windowClosed')
      expect(result.window.opensAt).toEqual(at(waterPeriod, 15, 0));
    expect(
      await readingsFor(
        overview.meters.map((m) => m.id),
        waterPeriod,
      ),
    ).toEqual([]);
    expect(await usesOf(resident, 'water-meter-readings')).toBe(before);
  });

  it('refuses a reading below the previous one, next to that meter, storing nothing', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', secondFlat.payerCode, inWaterWindow);
    const readings = allRaisedBy(overview, '1');
    readings[0]!.value = plus(overview.meters.find((m) => !m.overdue)!.previous.values[0]!, '0');
    readings[1]!.value = '0.500';

    const result = await submitReadings(
      resident,
      'water',
      { apartmentId: overview.apartment!.id, readings, confirmed: true },
      inWaterWindow,
    );

    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { [readingField(readings[1]!.meterId, 1)]: 'belowPrevious' },
    });
    expect(
      await readingsFor(
        overview.meters.map((m) => m.id),
        waterPeriod,
      ),
    ).toEqual([]);
  });

  it('refuses letters, 10^12, negatives and too many decimals with a message per field', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', secondFlat.payerCode, inWaterWindow);
    const open = overview.meters.filter((m) => !m.overdue);
    const typed = ['12a', '1000000000000', '-5', '12,34567'];
    const readings = open.map((m, i) => ({ meterId: m.id, zone: 1, value: typed[i % 4]! }));

    const result = await submitReadings(
      resident,
      'water',
      { apartmentId: overview.apartment!.id, readings, confirmed: true },
      inWaterWindow,
    );

    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    if (!result.ok && result.error === 'invalid')
      expect(Object.values(result.fieldErrors)).toEqual(
        ['readingNotNumber', 'readingTooLarge', 'readingNegative', 'readingTooManyDecimals'].slice(
          0,
          open.length,
        ),
      );
    expect(
      await readingsFor(
        open.map((m) => m.id),
        waterPeriod,
      ),
    ).toEqual([]);
  });

  it('accepts a comma as the decimal separator', async () => {
    const me = await newResident();
    const [free] = demoRecords.freeApartments;
    await linkRecord(
      me,
      apartmentLink,
      linkApartmentSchema.parse({ payerCode: free.payerCode, flat: free.flat }),
    );
    const overview = await overviewOf(me, 'water', free.payerCode, inWaterWindow);
    const readings = allRaisedBy(overview, '1.25').map((r) => ({
      ...r,
      value: r.value.replace('.', ','),
    }));

    const result = await submitReadings(
      me,
      'water',
      { apartmentId: overview.apartment!.id, readings, confirmed: false },
      inWaterWindow,
    );

    expect(result.ok).toBe(true);
    const stored = await readingsFor(
      overview.meters.map((m) => m.id),
      waterPeriod,
    );
    expect(stored.map((r) => r.value).sort()).toEqual(
      readings.map((r) => r.value.replace(',', '.')).sort(),
    );
  });

  it('asks to confirm a reading far above the norm, then stores it once confirmed', async () => {
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const overview = await overviewOf(
      neighbour,
      'water',
      demoRecords.neighbourApartment.payerCode,
      inWaterWindow,
    );
    const readings = allRaisedBy(overview, '3');
    readings[0]!.value = plus(overview.meters[0]!.previous.values[0]!, '150');
    const input = { apartmentId: overview.apartment!.id, readings, confirmed: false };

    const asked = await submitReadings(neighbour, 'water', input, inWaterWindow);
    expect(asked).toMatchObject({ ok: false, error: 'needsConfirmation' });
    if (!asked.ok && asked.error === 'needsConfirmation') {
      expect(asked.concerns.map((c) => c.field)).toContain(readingField(readings[0]!.meterId, 1));
      expect(asked.concerns[0]!.reasons).toContain('aboveNorm');
    }
    expect(
      await readingsFor(
        overview.meters.map((m) => m.id),
        waterPeriod,
      ),
    ).toEqual([]);

    const confirmed = await submitReadings(
      neighbour,
      'water',
      { ...input, confirmed: true },
      inWaterWindow,
    );
    expect(confirmed.ok).toBe(true);
    expect(
      await readingsFor(
        overview.meters.map((m) => m.id),
        waterPeriod,
      ),
    ).toHaveLength(readings.length);
  });

  it('takes no reading on a meter past its verification date, and the others without it', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', secondFlat.payerCode, inWaterWindow);
    const overdue = overview.meters.find((m) => m.serialNumber === overdueDemoMeter)!;
    expect(overdue.overdue).toBe(true);
    const withOverdue = [
      ...allRaisedBy(overview, '1'),
      { meterId: overdue.id, zone: 1, value: plus(overdue.previous.values[0]!, '1') },
    ];

    const refused = await submitReadings(
      resident,
      'water',
      { apartmentId: overview.apartment!.id, readings: withOverdue, confirmed: false },
      inWaterWindow,
    );
    expect(refused).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { [readingField(overdue.id, 1)]: 'verificationExpired' },
    });
    expect(await readingsFor([overdue.id], waterPeriod)).toEqual([]);

    const accepted = await submitReadings(
      resident,
      'water',
      {
        apartmentId: overview.apartment!.id,
        readings: allRaisedBy(overview, '1'),
        confirmed: false,
      },
      inWaterWindow,
    );
    expect(accepted.ok).toBe(true);
    expect(await readingsFor([overdue.id], waterPeriod)).toEqual([]);
  });

  it('answers another person’s meter id as not found and stores nothing', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const mine = await overviewOf(resident, 'water', firstFlat.payerCode, inWaterWindow);
    const theirs = await overviewOf(
      neighbour,
      'water',
      demoRecords.neighbourApartment.payerCode,
      inWaterWindow,
    );
    const stranger = theirs.meters[0]!;
    const before = await db.$count(readingSubmissions);

    const mixed = await submitReadings(
      resident,
      'water',
      {
        apartmentId: mine.apartment!.id,
        readings: [
          ...allRaisedBy(mine, '4'),
          { meterId: stranger.id, zone: 1, value: plus(stranger.previous.values[0]!, '99') },
        ],
        confirmed: true,
      },
      inWaterWindow,
    );
    const theirFlat = await submitReadings(
      resident,
      'water',
      { apartmentId: theirs.apartment!.id, readings: allRaisedBy(theirs, '99'), confirmed: true },
      inWaterWindow,
    );
    const forged = await submitReadings(
      resident,
      'water',
      {
        apartmentId: mine.apartment!.id,
        readings: [{ meterId: "1' or '1'='1", zone: 1, value: '1' }],
        confirmed: true,
      },
      inWaterWindow,
    );

    expect([mixed, theirFlat, forged]).toEqual([
      { ok: false, error: 'notFound' },
      { ok: false, error: 'notFound' },
      { ok: false, error: 'notFound' },
    ]);
    expect(await db.$count(readingSubmissions)).toBe(before);
    const [theirValue] = await readingsFor([stranger.id], waterPeriod);
    expect(theirValue?.value).not.toBe(plus(stranger.previous.values[0]!, '99'));
  });

  it('replaces the reading when corrected inside the window, keeping one per meter', async () => {
    const me = await newResident();
    const [, free] = demoRecords.freeApartments;
    await linkRecord(
      me,
      apartmentLink,
      linkApartmentSchema.parse({ payerCode: free.payerCode, flat: free.flat }),
    );
    const overview = await overviewOf(me, 'water', free.payerCode, inWaterWindow);
    const apartment = overview.apartment!.id;

    const first = await submitReadings(
      me,
      'water',
      { apartmentId: apartment, readings: allRaisedBy(overview, '3'), confirmed: false },
      inWaterWindow,
    );
    const corrected = allRaisedBy(overview, '2');
    const second = await submitReadings(
      me,
      'water',
      { apartmentId: apartment, readings: corrected, confirmed: false },
      at(waterPeriod, 25),
    );

    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.receiptNumber).not.toBe(first.receiptNumber);
    const stored = await readingsFor(
      overview.meters.map((m) => m.id),
      waterPeriod,
    );
    expect(stored.map((r) => r.value).sort()).toEqual(corrected.map((r) => r.value).sort());
    expect(await usesOf(me, 'water-meter-readings')).toBe(2);
  });
});

describe('submitting electricity readings', () => {
  it('checks each tariff zone on its own: a lower night reading is refused, the day one is not', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(
      resident,
      'electricity',
      secondFlat.payerCode,
      inElectricityWindow,
    );
    const meter = overview.meters[0]!;
    expect(meter.zones).toBe(2);
    const [day, night] = meter.previous.values as [string, string];
    const input = (nightValue: string) => ({
      apartmentId: overview.apartment!.id,
      readings: [
        { meterId: meter.id, zone: 1, value: plus(day, '40') },
        { meterId: meter.id, zone: 2, value: nightValue },
      ],
      confirmed: false,
    });

    const refused = await submitReadings(
      resident,
      'electricity',
      input(fromThousandths(toThousandths(night) - 1000n)),
      inElectricityWindow,
    );
    expect(refused).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { [readingField(meter.id, 2)]: 'belowPrevious' },
    });

    const accepted = await submitReadings(
      resident,
      'electricity',
      input(plus(night, '20')),
      inElectricityWindow,
    );
    expect(accepted).toMatchObject({ ok: true, period: electricityPeriod });
    if (accepted.ok) expect(accepted.receiptNumber).toMatch(/^Э-/);
    const stored = await readingsFor([meter.id], electricityPeriod);
    expect(stored.map((r) => [r.zone, r.value]).sort()).toEqual([
      [1, plus(day, '40')],
      [2, plus(night, '20')],
    ]);
    expect(await usesOf(resident, 'electricity-meter-readings')).toBe(1);
  });

  it('accepts readings only from the 15th to the 26th', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(
      resident,
      'electricity',
      firstFlat.payerCode,
      inElectricityWindow,
    );
    const late = at(electricityPeriod, 27, 0);
    const result = await submitReadings(
      resident,
      'electricity',
      {
        apartmentId: overview.apartment!.id,
        readings: allRaisedBy(overview, '50'),
        confirmed: false,
      },
      late,
    );
    expect(result).toMatchObject({ ok: false, error: 'windowClosed' });
  });
});

describe('the database as the last guard', () => {
  it('turns the trigger’s refusal into a message next to the field, storing nothing', async () => {
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const overview = await overviewOf(
      neighbour,
      'electricity',
      demoRecords.neighbourApartment.payerCode,
      inElectricityWindow,
    );
    const meter = overview.meters[0]!;
    // A reading of a later period (as if entered by the registry meanwhile) caps this one.
    const [submission] = await db
      .select({ id: readingSubmissions.id })
      .from(readingSubmissions)
      .where(eq(readingSubmissions.apartmentId, overview.apartment!.id))
      .limit(1);
    const [capping] = await db
      .insert(meterReadings)
      .values({
        meterId: meter.id,
        period: addMonths(electricityPeriod, 1),
        zone: 1,
        value: plus(meter.previous.values[0]!, '1'),
        submissionId: submission!.id,
      })
      .returning({ id: meterReadings.id });
    const readings = allRaisedBy(overview, '5');

    const result = await submitReadings(
      neighbour,
      'electricity',
      { apartmentId: overview.apartment!.id, readings, confirmed: true },
      inElectricityWindow,
    );
    // The made-up registry reading would contradict the seed's history when a later test extends it.
    await db.delete(meterReadings).where(eq(meterReadings.id, capping!.id));

    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { [readingField(meter.id, 1)]: 'belowPrevious' },
    });
    expect(await readingsFor([meter.id], electricityPeriod)).toEqual([]);
  });
});

describe('the history', () => {
  it('gives the meter’s readings with monthly use, and a CSV Russian Excel opens', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', firstFlat.payerCode, inWaterWindow);
    const meter = overview.meters[0]!;
    const history = (await getMeterHistory(resident, 'water', meter.id))!;
    const previous = history.history.find((h) => h.period < waterPeriod)!;
    const before = history.history[history.history.indexOf(previous) + 1]!;
    expect(previous.consumption[0]).toBe(
      fromThousandths(toThousandths(previous.values[0]!) - toThousandths(before.values[0]!)),
    );

    const csv = readingsCsv(
      history.history,
      { period: 'Период', zone: 'Зона', value: 'Показание', consumption: 'Расход' },
      true,
    );
    expect(csv.startsWith('\uFEFFПериод;Зона;Показание;Расход\r\n')).toBe(true);
    expect(csv).toContain(
      `${previous.period.slice(0, 7)};;${previous.values[0]!.replace('.', ',')};`,
    );
  });

  it('does not give another person’s meter history', async () => {
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const resident = await viewerOf('resident@moygorod.test');
    const overview = await overviewOf(resident, 'water', firstFlat.payerCode, inWaterWindow);
    expect(await getMeterHistory(neighbour, 'water', overview.meters[0]!.id)).toBeNull();
    expect(await getMeterHistory(resident, 'electricity', overview.meters[0]!.id)).toBeNull();
  });
});

describe('concurrent submissions', () => {
  it.skipIf(!onPostgres())(
    'leave exactly one reading per meter and period, never below the previous one',
    async () => {
      const resident = await viewerOf('resident@moygorod.test');
      const overview = await overviewOf(
        resident,
        'electricity',
        firstFlat.payerCode,
        inElectricityWindow,
      );
      const meter = overview.meters[0]!;
      const previous = meter.previous.values[0]!;
      const values = Array.from({ length: 50 }, (_, i) => plus(previous, `${10 + i}.5`));

      const results = await Promise.all(
        values.map((value) =>
          submitReadings(
            resident,
            'electricity',
            {
              apartmentId: overview.apartment!.id,
              readings: [{ meterId: meter.id, zone: 1, value }],
              confirmed: true,
            },
            inElectricityWindow,
          ),
        ),
      );

      expect(results.every((r) => r.ok)).toBe(true);
      const stored = await readingsFor([meter.id], electricityPeriod);
      expect(stored).toHaveLength(1);
      expect(values).toContain(stored[0]!.value);
      expect(toThousandths(stored[0]!.value) >= toThousandths(previous)).toBe(true);
    },
  );
});

describe('the demo city’s readings history', () => {
  it('is seeded once: a second run the same day adds nothing', async () => {
    const before = await db.$count(meterReadings);
    const again = await seedHousing(db, new Date());
    expect(again.readings).toBe(0);
    expect(await db.$count(meterReadings)).toBe(before);
  });

  it('extends without contradicting itself when the seed runs a month later', async () => {
    const later = at(addMonths(waterPeriod, 1), 20);
    const again = await seedHousing(db, later);
    expect(again.readings).toBeGreaterThan(0);
  });
});
