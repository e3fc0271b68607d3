import { describe, expect, it } from 'vitest';
import {
  averageMonthlyConsumption,
  checkReadings,
  isVerificationExpired,
  metersDueSoon,
  monthlyConsumption,
  normVolume,
  verificationDueDate,
  type MeterReadingInput,
} from '@/lib/housing';

const now = new Date('2014-11-20T12:00:00+03:00');

function cold(
  value: string,
  previous: string,
  averageMonthly: string | null = null,
  id = 'c1',
): MeterReadingInput {
  return {
    meterId: id,
    kind: 'cold_water',
    verifiedUntil: '2018-01-01',
    zones: [{ zone: 1, value, previous, averageMonthly }],
  };
}

describe('checks on a submitted water reading', () => {
  it.each([
    // [value, previous, average, residents, error, warnings]
    ['105.000', '100.000', '4.000', 2, null, []],
    ['100.000', '100.000', '4.000', 2, null, []],
    ['99.999', '100.000', '4.000', 2, 'belowPrevious', []],
    // 2 residents: norm 13.870 m³ of cold water.
    ['113.870', '100.000', null, 2, null, []],
    ['113.871', '100.000', null, 2, null, ['aboveNorm']],
    // Three times the household's own average of 2 m³.
    ['106.000', '100.000', '2.000', 2, null, []],
    ['106.001', '100.000', '2.000', 2, null, ['aboveAverage']],
    ['120.000', '100.000', '2.000', 2, null, ['aboveNorm', 'aboveAverage']],
    // Nobody registered: checked against one person's norm.
    ['106.936', '100.000', null, 0, null, ['aboveNorm']],
    // A zero average is no baseline.
    ['101.000', '100.000', '0.000', 1, null, []],
  ] as const)(
    '%s after %s (average %s, %i residents): %s %j',
    (value, previous, average, residents, error, warnings) => {
      const result = checkReadings({
        now,
        registeredResidents: residents,
        meters: [cold(value, previous, average)],
      });
      expect(result.zones[0]?.error).toBe(error);
      expect(result.zones[0]?.warnings).toEqual(warnings);
      expect(result.ok).toBe(error === null);
      expect(result.needsConfirmation).toBe(error === null && warnings.length > 0);
    },
  );

  it('compares hot water with the hot norm of 4.745 m³ per person', () => {
    const hot = (value: string): MeterReadingInput => ({
      meterId: 'h1',
      kind: 'hot_water',
      verifiedUntil: '2018-01-01',
      zones: [{ zone: 1, value, previous: '50', averageMonthly: null }],
    });
    expect(
      checkReadings({ now, registeredResidents: 1, meters: [hot('54.745')] }).needsConfirmation,
    ).toBe(false);
    expect(
      checkReadings({ now, registeredResidents: 1, meters: [hot('54.746')] }).needsConfirmation,
    ).toBe(true);
  });

  it('adds up two cold meters of a flat against one household norm', () => {
    const meters = [
      cold('104.000', '100.000', null, 'kitchen'),
      cold('204.000', '200.000', null, 'bathroom'),
    ];
    const result = checkReadings({ now, registeredResidents: 1, meters });
    expect(result.zones.map((z) => z.warnings)).toEqual([['aboveNorm'], ['aboveNorm']]);
  });

  it('refuses a reading on a meter past its verification date and says until when it was valid', () => {
    const meter = { ...cold('101', '100'), verifiedUntil: '2014-11-19' };
    const result = checkReadings({ now, registeredResidents: 1, meters: [meter] });
    expect(result.ok).toBe(false);
    expect(result.zones[0]).toMatchObject({
      error: 'verificationExpired',
      verifiedUntil: '2014-11-19',
    });
  });

  it('takes readings on the last day of verification, Moscow time', () => {
    const meter = { ...cold('101', '100'), verifiedUntil: '2014-11-20' };
    expect(
      checkReadings({
        now: new Date('2014-11-20T23:59:00+03:00'),
        registeredResidents: 1,
        meters: [meter],
      }).ok,
    ).toBe(true);
    expect(
      checkReadings({
        now: new Date('2014-11-20T21:00:00Z'),
        registeredResidents: 1,
        meters: [meter],
      }).ok,
    ).toBe(false);
  });
});

describe('checks on a multi-rate electricity meter', () => {
  const meter = (t1: string, t2: string): MeterReadingInput => ({
    meterId: 'e1',
    kind: 'electricity',
    verifiedUntil: '2030-01-01',
    zones: [
      { zone: 1, value: t1, previous: '1000', averageMonthly: '60' },
      { zone: 2, value: t2, previous: '500', averageMonthly: '30' },
    ],
  });

  it('checks each zone on its own: a night reading going down is refused even if the day one rose', () => {
    const result = checkReadings({ now, registeredResidents: 2, meters: [meter('1100', '499.9')] });
    expect(result.ok).toBe(false);
    expect(result.zones.map((z) => z.error)).toEqual([null, 'belowPrevious']);
  });

  it('asks for confirmation for a zone above 3× its own average', () => {
    const result = checkReadings({ now, registeredResidents: 2, meters: [meter('1060', '591')] });
    expect(result.ok).toBe(true);
    expect(result.zones.map((z) => z.warnings)).toEqual([[], ['aboveAverage']]);
  });

  it('compares the zones together with 100 kWh per person', () => {
    const result = checkReadings({ now, registeredResidents: 1, meters: [meter('1060', '541')] });
    expect(result.zones.map((z) => z.warnings)).toEqual([['aboveNorm'], ['aboveNorm']]);
  });
});

describe('household norms', () => {
  it.each([
    ['cold_water', 1, [1, 1], '6.935'],
    ['hot_water', 3, [1, 1], '14.235'],
    ['cold_water', 1, [3, 2], '10.403'],
    ['hot_water', 1, [3, 2], '7.118'],
    ['electricity', 2, [3, 2], '300.000'],
  ] as const)('%s for %i residents × %j = %s', (kind, residents, multiplier, volume) => {
    expect(normVolume(kind, residents, multiplier)).toBe(volume);
  });
});

describe('the household’s own monthly consumption', () => {
  const readings = [
    { period: '2014-07-01', value: '90.000' },
    { period: '2014-08-01', value: '93.000' },
    { period: '2014-09-01', value: '97.000' },
    { period: '2014-10-01', value: '102.000' },
  ];

  it('is known for a month with a reading and a reading the month before', () => {
    expect(monthlyConsumption(readings, '2014-10-01')).toBe('5.000');
    expect(monthlyConsumption(readings, '2014-07-01')).toBeNull();
    expect(monthlyConsumption(readings, '2014-11-01')).toBeNull();
  });

  it.each([
    ['2014-11-01', '4.000'],
    ['2014-12-01', '4.500'],
    ['2015-01-01', '5.000'],
    ['2015-02-01', null],
    ['2014-08-01', null],
  ])('averaged over up to 3 months before %s: %s', (period, average) => {
    expect(averageMonthlyConsumption(readings, period)).toBe(average);
  });

  it('rounds the average half up to a litre', () => {
    const r = [
      { period: '2014-07-01', value: '0' },
      { period: '2014-08-01', value: '1' },
      { period: '2014-09-01', value: '2' },
      { period: '2014-10-01', value: '4.001' },
    ];
    expect(averageMonthlyConsumption(r, '2014-11-01')).toBe('1.334');
  });
});

describe('meter verification', () => {
  it.each([
    ['hot_water', '2010-11-20', '2014-11-20'],
    ['cold_water', '2010-11-20', '2016-11-20'],
    ['electricity', '2010-11-20', '2026-11-20'],
    ['hot_water', '2012-02-29', '2016-02-29'],
    ['cold_water', '2012-02-29', '2018-02-28'],
  ] as const)('a %s meter verified on %s is due on %s', (kind, on, due) => {
    expect(verificationDueDate(kind, on)).toBe(due);
  });

  it.each([
    ['2014-11-20', '2014-11-20T23:59:59+03:00', false],
    ['2014-11-20', '2014-11-21T00:00:00+03:00', true],
    ['2014-11-20', '2014-11-20T21:00:00Z', true],
    ['2014-11-20', '2014-11-19T12:00:00+03:00', false],
  ])('valid until %s, at %s expired: %s', (until, instant, expired) => {
    expect(isVerificationExpired(until, new Date(instant))).toBe(expired);
  });

  it('lists meters expired or expiring within 60 days, soonest first', () => {
    const meters = [
      { id: 'far', verifiedUntil: '2015-03-01' },
      { id: 'edge', verifiedUntil: '2015-01-19' },
      { id: 'past', verifiedUntil: '2014-11-10' },
      { id: 'soon', verifiedUntil: '2014-12-01' },
      { id: 'beyond', verifiedUntil: '2015-01-20' },
    ];
    const due = metersDueSoon(meters, now, 60);
    expect(due.map((m) => [m.id, m.daysLeft, m.expired])).toEqual([
      ['past', -10, true],
      ['soon', 11, false],
      ['edge', 60, false],
    ]);
  });
});
