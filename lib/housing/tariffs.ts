import type { Period } from '@/lib/city';

export type TariffService =
  | 'cold_water'
  | 'hot_water'
  | 'water_disposal'
  | 'electricity'
  | 'heating'
  | 'maintenance'
  | 'capital_repair';

/**
 * A price in kopecks per unit (m³, kWh, m²), in force from `validFrom` until the next row of the same
 * service, zones and zone. Electricity: `zones` is the meter's number of rates; for two rates zone 1 is
 * day and 2 night, for three rates 1 peak, 2 night, 3 half-peak. Other services: zones 1, zone 1.
 */
export type Tariff = {
  service: TariffService;
  zones: number;
  zone: number;
  validFrom: Period;
  kopecksPerUnit: number;
};

export type TariffKey = { service: TariffService; zones?: number; zone?: number };

/** The tariff in force for a period: the latest row with validFrom ≤ period; null before the first row. */
export function tariffInForce(
  tariffs: readonly Tariff[],
  key: TariffKey,
  period: Period,
): Tariff | null {
  const zones = key.zones ?? 1;
  const zone = key.zone ?? 1;
  let best: Tariff | null = null;
  for (const t of tariffs) {
    if (t.service !== key.service || t.zones !== zones || t.zone !== zone || t.validFrom > period)
      continue;
    if (!best || t.validFrom > best.validFrom) best = t;
  }
  return best;
}

// Moscow tariffs 2013–2015 (rounded to the kopeck); the city changes them on 1 July. The electricity
// rows of July 2014 are the ones DOMAIN.md quotes: single 5.15, day 5.92 / night 1.74,
// peak 6.18 / half-peak 5.15 / night 1.74. Capital repair contributions began in July 2015.
const schedule: ReadonlyArray<
  [TariffService, zones: number, zone: number, prices: Record<Period, number>]
> = [
  [
    'cold_water',
    1,
    1,
    { '2013-01-01': 2597, '2013-07-01': 2888, '2014-07-01': 3038, '2015-07-01': 3303 },
  ],
  [
    'hot_water',
    1,
    1,
    { '2013-01-01': 12915, '2013-07-01': 14111, '2014-07-01': 14828, '2015-07-01': 16335 },
  ],
  [
    'water_disposal',
    1,
    1,
    { '2013-01-01': 1812, '2013-07-01': 2015, '2014-07-01': 2122, '2015-07-01': 2343 },
  ],
  [
    'electricity',
    1,
    1,
    { '2013-01-01': 423, '2013-07-01': 468, '2014-07-01': 515, '2015-07-01': 538 },
  ],
  [
    'electricity',
    2,
    1,
    { '2013-01-01': 487, '2013-07-01': 538, '2014-07-01': 592, '2015-07-01': 619 },
  ],
  [
    'electricity',
    2,
    2,
    { '2013-01-01': 128, '2013-07-01': 140, '2014-07-01': 174, '2015-07-01': 179 },
  ],
  [
    'electricity',
    3,
    1,
    { '2013-01-01': 506, '2013-07-01': 560, '2014-07-01': 618, '2015-07-01': 646 },
  ],
  [
    'electricity',
    3,
    2,
    { '2013-01-01': 128, '2013-07-01': 140, '2014-07-01': 174, '2015-07-01': 179 },
  ],
  [
    'electricity',
    3,
    3,
    { '2013-01-01': 423, '2013-07-01': 468, '2014-07-01': 515, '2015-07-01': 538 },
  ],
  [
    'heating',
    1,
    1,
    { '2013-01-01': 2750, '2013-07-01': 3040, '2014-07-01': 3194, '2015-07-01': 3460 },
  ],
  [
    'maintenance',
    1,
    1,
    { '2013-01-01': 1850, '2013-07-01': 2000, '2014-07-01': 2130, '2015-07-01': 2280 },
  ],
  ['capital_repair', 1, 1, { '2015-07-01': 1500 }],
];

/** The tariffs the demo city is seeded with, 2013–2015; periods after 2015 use the latest row. */
export const seedTariffs: readonly Tariff[] = schedule.flatMap(([service, zones, zone, prices]) =>
  Object.entries(prices).map(([validFrom, kopecksPerUnit]) => ({
    service,
    zones,
    zone,
    validFrom,
    kopecksPerUnit,
  })),
);
