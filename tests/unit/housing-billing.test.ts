import { describe, expect, it } from 'vitest';
import {
  billApartment,
  carriedDebt,
  chargeKopecks,
  composeEpd,
  epdDueDate,
  isEpdOverdue,
  MissingTariffError,
  seedTariffs,
  tariffInForce,
  type BillingMeter,
  type EpdLine,
} from '@/lib/housing';

describe('the tariff in force for a period', () => {
  it.each([
    ['cold_water', 1, 1, '2013-01-01', 2597],
    ['cold_water', 1, 1, '2013-06-01', 2597],
    ['cold_water', 1, 1, '2013-07-01', 2888],
    ['cold_water', 1, 1, '2014-06-01', 2888],
    ['cold_water', 1, 1, '2014-07-01', 3038],
    ['cold_water', 1, 1, '2015-12-01', 3303],
    // After the last row, the latest tariff stays in force.
    ['cold_water', 1, 1, '2026-11-01', 3303],
    // The rates DOMAIN.md quotes.
    ['electricity', 1, 1, '2014-12-01', 515],
    ['electricity', 2, 1, '2014-12-01', 592],
    ['electricity', 2, 2, '2014-12-01', 174],
    ['electricity', 3, 1, '2014-12-01', 618],
    ['electricity', 3, 2, '2014-12-01', 174],
    ['electricity', 3, 3, '2014-12-01', 515],
    ['capital_repair', 1, 1, '2015-07-01', 1500],
  ] as const)(
    '%s (%i rates, zone %i) in %s: %i kopecks',
    (service, zones, zone, period, kopecks) => {
      expect(tariffInForce(seedTariffs, { service, zones, zone }, period)?.kopecksPerUnit).toBe(
        kopecks,
      );
    },
  );

  it.each([
    ['cold_water', '2012-12-01'],
    ['capital_repair', '2015-06-01'],
  ] as const)('has no %s tariff in %s', (service, period) => {
    expect(tariffInForce(seedTariffs, { service }, period)).toBeNull();
  });

  it('seeds each service, rate and zone once per date', () => {
    const keys = seedTariffs.map((t) => `${t.service}/${t.zones}/${t.zone}/${t.validFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      seedTariffs.every((t) => Number.isInteger(t.kopecksPerUnit) && t.kopecksPerUnit > 0),
    ).toBe(true);
  });
});

describe('the charge for a volume is rounded half up to the kopeck', () => {
  it.each([
    ['4.500', 3038, 13671],
    ['6.750', 2122, 14324],
    ['54.300', 3194, 173434],
    ['0.500', 1, 1],
    ['0.499', 1, 0],
    ['0.001', 499, 0],
    ['0.001', 500, 1],
    ['0', 16335, 0],
    ['99999999.999', 16335, 1633499999984],
  ])('%s × %i = %i', (volume, price, charge) => {
    expect(chargeKopecks(volume, price)).toBe(charge);
  });
});

const lineOf = (lines: EpdLine[], service: string, zone = 1) =>
  lines.find((l) => l.service === service && l.zone === zone);

function meter(
  meterId: string,
  kind: BillingMeter['kind'],
  readings: Array<[period: string, value: string, zone?: number]>,
  zones = 1,
): BillingMeter {
  return {
    meterId,
    kind,
    zones,
    initialReading: '0',
    readings: readings.map(([period, value, zone = 1]) => ({ period, value, zone })),
  };
}

const flat = { areaM2: '54.30', registeredResidents: 2, tariffs: seedTariffs };

describe('billing a month on readings', () => {
  const meters = [
    meter('c', 'cold_water', [
      ['2014-10-01', '100.000'],
      ['2014-11-01', '104.500'],
    ]),
    meter('h', 'hot_water', [
      ['2014-10-01', '50.000'],
      ['2014-11-01', '52.250'],
    ]),
    meter(
      'e',
      'electricity',
      [
        ['2014-10-01', '1000', 1],
        ['2014-10-01', '500', 2],
        ['2014-11-01', '1120', 1],
        ['2014-11-01', '560', 2],
      ],
      2,
    ),
  ];
  const lines = billApartment({ ...flat, period: '2014-11-01', meters });

  it.each([
    ['cold_water', 1, '4.500', 3038, 13671, 'reading'],
    ['hot_water', 1, '2.250', 14828, 33363, 'reading'],
    // Water disposal: cold and hot together.
    ['water_disposal', 1, '6.750', 2122, 14324, 'reading'],
    ['electricity', 1, '120.000', 592, 71040, 'reading'],
    ['electricity', 2, '60.000', 174, 10440, 'reading'],
    ['heating', 1, '54.300', 3194, 173434, 'area'],
    ['maintenance', 1, '54.300', 2130, 115659, 'area'],
  ] as const)('%s zone %i: %s × %i = %i on %s', (service, zone, volume, price, charge, basis) => {
    expect(lineOf(lines, service, zone)).toMatchObject({
      volume,
      kopecksPerUnit: price,
      chargeKopecks: charge,
      basis,
    });
  });

  it('charges no capital repair before July 2015, and per m² from then', () => {
    expect(lineOf(lines, 'capital_repair')).toBeUndefined();
    const july = billApartment({ ...flat, period: '2015-07-01', meters: [] });
    expect(lineOf(july, 'capital_repair')).toMatchObject({
      volume: '54.300',
      chargeKopecks: 81450,
      basis: 'area',
    });
  });

  it('lists the lines in the order of the ЕПД', () => {
    expect(lines.map((l) => `${l.service}${l.zone}`)).toEqual([
      'cold_water1',
      'hot_water1',
      'water_disposal1',
      'electricity1',
      'electricity2',
      'heating1',
      'maintenance1',
    ]);
  });

  it('bills the first reading against the meter’s initial reading', () => {
    const fresh = {
      ...meter('c', 'cold_water', [['2014-11-01', '3.200']]),
      initialReading: '0.700',
    };
    const billed = billApartment({ ...flat, period: '2014-11-01', meters: [fresh] });
    expect(lineOf(billed, 'cold_water')).toMatchObject({ volume: '2.500', basis: 'reading' });
  });

  it('deducts what was billed on estimates since the previous reading, never below zero', () => {
    const late = {
      ...meter('c', 'cold_water', [
        ['2014-07-01', '100'],
        ['2014-11-01', '120'],
      ]),
      estimatedSinceLastReading: { 1: '12.000' },
    };
    expect(
      lineOf(billApartment({ ...flat, period: '2014-11-01', meters: [late] }), 'cold_water')
        ?.volume,
    ).toBe('8.000');
    const over = { ...late, estimatedSinceLastReading: { 1: '30.000' } };
    expect(
      lineOf(billApartment({ ...flat, period: '2014-11-01', meters: [over] }), 'cold_water')
        ?.volume,
    ).toBe('0.000');
  });
});

describe('billing a month without readings', () => {
  const history = meter('c', 'cold_water', [
    ['2014-07-01', '90'],
    ['2014-08-01', '93'],
    ['2014-09-01', '97'],
    ['2014-10-01', '102'],
  ]);

  it.each([
    // The average of up to 3 earlier months' consumption, for up to 3 months...
    ['2014-11-01', '4.000', 'average'],
    ['2014-12-01', '4.500', 'average'],
    ['2015-01-01', '5.000', 'average'],
    // ...then the norm × 1.5 × residents: 6.935 × 1.5 × 2.
    ['2015-02-01', '20.805', 'norm'],
  ])('in %s: %s m³ on %s', (period, volume, basis) => {
    const lines = billApartment({ ...flat, period, meters: [history] });
    expect(lineOf(lines, 'cold_water')).toMatchObject({ volume, basis });
  });

  it('bills a meter with no history on the norm × 1.5 × registered residents', () => {
    const lines = billApartment({
      ...flat,
      period: '2014-11-01',
      meters: [meter('c', 'cold_water', [])],
    });
    expect(lineOf(lines, 'cold_water')).toMatchObject({
      volume: '20.805',
      chargeKopecks: 63206,
      basis: 'norm',
    });
  });

  it('bills a flat without water meters on the norm, and its water disposal on both norms', () => {
    const lines = billApartment({
      ...flat,
      registeredResidents: 3,
      period: '2014-11-01',
      meters: [],
    });
    // 6.935 × 1.5 × 3 = 31.2075 → 31.208; 4.745 × 1.5 × 3 = 21.3525 → 21.353.
    expect(lineOf(lines, 'cold_water')).toMatchObject({ volume: '31.208', basis: 'norm' });
    expect(lineOf(lines, 'hot_water')).toMatchObject({ volume: '21.353', basis: 'norm' });
    expect(lineOf(lines, 'water_disposal')).toMatchObject({ volume: '52.561', basis: 'norm' });
  });

  it('gives a silent meter of two an equal share of the household norm', () => {
    const kitchen = meter('k', 'cold_water', [
      ['2014-10-01', '10'],
      ['2014-11-01', '13'],
    ]);
    const lines = billApartment({
      ...flat,
      period: '2014-11-01',
      meters: [kitchen, meter('b', 'cold_water', [])],
    });
    expect(lines.filter((l) => l.service === 'cold_water')).toMatchObject([
      { volume: '3.000', basis: 'reading' },
      { volume: '10.403', basis: 'norm' },
    ]);
    expect(lineOf(lines, 'water_disposal')?.basis).toBe('norm');
  });

  it('bills a multi-rate meter with no history on the norm at the single rate', () => {
    const lines = billApartment({
      ...flat,
      period: '2014-11-01',
      meters: [meter('e', 'electricity', [], 3)],
    });
    expect(lines.filter((l) => l.service === 'electricity')).toEqual([
      {
        service: 'electricity',
        zones: 1,
        zone: 1,
        volume: '300.000',
        kopecksPerUnit: 515,
        chargeKopecks: 154500,
        basis: 'norm',
      },
    ]);
  });

  it('bills each zone of a multi-rate meter on its own average', () => {
    const e = meter(
      'e',
      'electricity',
      [
        ['2014-09-01', '1000', 1],
        ['2014-09-01', '500', 2],
        ['2014-10-01', '1150', 1],
        ['2014-10-01', '550', 2],
      ],
      2,
    );
    const lines = billApartment({ ...flat, period: '2014-11-01', meters: [e] });
    expect(lineOf(lines, 'electricity', 1)).toMatchObject({
      volume: '150.000',
      kopecksPerUnit: 592,
      basis: 'average',
    });
    expect(lineOf(lines, 'electricity', 2)).toMatchObject({
      volume: '50.000',
      kopecksPerUnit: 174,
      basis: 'average',
    });
  });
});

describe('billing outside the seeded tariffs', () => {
  it('uses the latest tariff for a period after 2015', () => {
    const lines = billApartment({ ...flat, period: '2026-11-01', meters: [] });
    expect(lineOf(lines, 'cold_water')?.kopecksPerUnit).toBe(3303);
    expect(lineOf(lines, 'capital_repair')?.kopecksPerUnit).toBe(1500);
  });

  it('refuses to bill a period before the first tariff', () => {
    expect(() => billApartment({ ...flat, period: '2012-12-01', meters: [] })).toThrow(
      MissingTariffError,
    );
  });
});

describe('the ЕПД', () => {
  const lines = billApartment({ ...flat, period: '2014-12-01', meters: [] });
  const charged = lines.reduce((s, l) => s + l.chargeKopecks, 0);

  it.each([
    [0, charged],
    [150_000, charged + 150_000],
    [-20_000, charged - 20_000],
  ])('with a debt of %i kopecks totals %i', (debt, total) => {
    const epd = composeEpd({ period: '2014-12-01', lines, debtKopecks: debt });
    expect(epd.chargedKopecks).toBe(charged);
    expect(epd.totalKopecks).toBe(total);
    expect(epd.lines).toHaveLength(lines.length);
  });

  it.each([
    ['2014-11-01', '2014-12-10'],
    ['2014-12-01', '2015-01-10'],
    ['2015-01-01', '2015-02-10'],
  ])('for %s is due by %s', (period, due) => {
    expect(epdDueDate(period)).toBe(due);
  });

  it('carries the unpaid part of the previous ЕПД into the next', () => {
    expect(carriedDebt(null)).toBe(0);
    expect(carriedDebt({ totalKopecks: 512_345 })).toBe(512_345);
    expect(carriedDebt({ totalKopecks: 512_345 }, 500_000)).toBe(12_345);
    expect(carriedDebt({ totalKopecks: 512_345 }, 600_000)).toBe(-87_655);
  });

  it.each([
    ['2015-01-10T23:59:00+03:00', false],
    ['2015-01-11T00:00:00+03:00', true],
    ['2015-01-10T21:00:00Z', true],
  ])('due 2015-01-10, at %s overdue: %s', (instant, overdue) => {
    expect(isEpdOverdue('2015-01-10', new Date(instant))).toBe(overdue);
  });
});
