import {
  averageMonthlyConsumption,
  previousReading,
  readingOf,
  type ZoneReading,
} from './consumption';
import { fromThousandths, toThousandths } from './decimal';
import { divideHalfUp, NO_READINGS_MULTIPLIER, normVolume, type MeterKind } from './norms';
import type { Period } from '@/lib/city';
import { tariffInForce, type Tariff, type TariffService } from './tariffs';

export type ChargeBasis = 'reading' | 'average' | 'norm' | 'area';

/** One line of the ЕПД, as the epd_lines table keeps it (plus `zones`, to name the rate). */
export type EpdLine = {
  service: TariffService;
  /** The rates of the tariff applied: 1 single-rate (and every non-electricity service), 2 or 3. */
  zones: number;
  zone: number;
  /** m³, kWh or m², three decimals. */
  volume: string;
  kopecksPerUnit: number;
  chargeKopecks: number;
  basis: ChargeBasis;
};

export type BillingMeter = {
  meterId: string;
  kind: MeterKind;
  /** 1 for water; 1–3 rates for electricity. */
  zones: number;
  initialReading: string;
  readings: ReadonlyArray<{ period: Period; zone: number; value: string }>;
  /**
   * Volume per zone already billed on estimates (average or norm) since the meter's previous reading.
   * The next actual reading's volume is reduced by it (never below zero), so a month is not charged twice.
   */
  estimatedSinceLastReading?: Readonly<Partial<Record<number, string>>>;
};

export type BillingInput = {
  period: Period;
  /** numeric(7,2) as the database returns it. */
  areaM2: string;
  registeredResidents: number;
  meters: readonly BillingMeter[];
  tariffs: readonly Tariff[];
};

export class MissingTariffError extends Error {
  constructor(
    readonly service: TariffService,
    readonly period: Period,
  ) {
    super(`No ${service} tariff in force for ${period}`);
    this.name = 'MissingTariffError';
  }
}

/** The charge for a volume: volume × price, rounded half up to the kopeck. */
export function chargeKopecks(volume: string, kopecksPerUnit: number): number {
  return Number(divideHalfUp(toThousandths(volume) * BigInt(kopecksPerUnit), 1000n));
}

const lineOrder: readonly TariffService[] = [
  'cold_water',
  'hot_water',
  'water_disposal',
  'electricity',
  'heating',
  'maintenance',
  'capital_repair',
];
const metered: readonly MeterKind[] = ['cold_water', 'hot_water', 'electricity'];
const areaServices: readonly TariffService[] = ['heating', 'maintenance', 'capital_repair'];
/** Services that simply are not charged before their first tariff (capital repair began in July 2015). */
const optionalServices: readonly TariffService[] = ['capital_repair'];

type Volume = {
  service: TariffService;
  zones: number;
  zone: number;
  volume: bigint;
  basis: ChargeBasis;
};

/**
 * The month's charges of one apartment. Each meter zone is billed on its reading (current − previous);
 * without a reading this period, on its average over up to 3 earlier periods. A meter none of whose
 * zones has either gets an equal share of the household norm × 1.5 (a multi-rate meter at the
 * single-rate tariff, as the norm has no time of day).
 * A kind of meter the flat does not have is billed on the norm × 1.5 too. Water disposal is the cold and
 * hot volume together; heating, maintenance and capital repair are per m² of the flat.
 */
export function billApartment(input: BillingInput): EpdLine[] {
  const volumes: Volume[] = [];
  for (const kind of metered) {
    const ofKind = input.meters.filter((m) => m.kind === kind);
    let needNorm = ofKind.length === 0 ? 1 : 0;
    for (const meter of ofKind) {
      const zoneVolumes = meterVolumes(meter, input.period);
      if (zoneVolumes.length === 0) needNorm++;
      volumes.push(...zoneVolumes);
    }
    if (needNorm > 0) {
      const norm = toThousandths(
        normVolume(kind, input.registeredResidents, NO_READINGS_MULTIPLIER),
      );
      const share = divideHalfUp(norm * BigInt(needNorm), BigInt(Math.max(ofKind.length, 1)));
      volumes.push({ service: kind, zones: 1, zone: 1, volume: share, basis: 'norm' });
    }
  }

  const water = volumes.filter((v) => v.service === 'cold_water' || v.service === 'hot_water');
  volumes.push({
    service: 'water_disposal',
    zones: 1,
    zone: 1,
    volume: water.reduce((sum, v) => sum + v.volume, 0n),
    basis: water.every((v) => v.basis === 'reading')
      ? 'reading'
      : water.some((v) => v.basis === 'norm')
        ? 'norm'
        : 'average',
  });

  const area = toThousandths(input.areaM2);
  for (const service of areaServices) {
    volumes.push({ service, zones: 1, zone: 1, volume: area, basis: 'area' });
  }

  return mergeVolumes(volumes)
    .map((v) => price(v, input))
    .filter((line): line is EpdLine => line !== null)
    .sort((a, b) => lineOrder.indexOf(a.service) - lineOrder.indexOf(b.service) || a.zone - b.zone);
}

/** The volumes of one meter's zones; empty when the meter has neither a reading nor an average. */
function meterVolumes(meter: BillingMeter, period: Period): Volume[] {
  const service = meter.kind;
  const result: Volume[] = [];
  for (let zone = 1; zone <= meter.zones; zone++) {
    const readings: ZoneReading[] = meter.readings.filter((r) => r.zone === zone);
    const current = readingOf(readings, period);
    if (current) {
      const previous = previousReading(readings, period)?.value ?? meter.initialReading;
      const estimated = toThousandths(meter.estimatedSinceLastReading?.[zone] ?? '0');
      const volume = toThousandths(current.value) - toThousandths(previous) - estimated;
      result.push({
        service,
        zones: meter.zones,
        zone,
        volume: volume > 0n ? volume : 0n,
        basis: 'reading',
      });
      continue;
    }
    const average = averageMonthlyConsumption(readings, period);
    if (average !== null) {
      result.push({
        service,
        zones: meter.zones,
        zone,
        volume: toThousandths(average),
        basis: 'average',
      });
    }
  }
  return result;
}

/** Lines of the same service, rate and basis (two cold meters, say) become one line of the ЕПД. */
function mergeVolumes(volumes: readonly Volume[]): Volume[] {
  const merged = new Map<string, Volume>();
  for (const v of volumes) {
    const key = `${v.service}/${v.zones}/${v.zone}/${v.basis}`;
    const seen = merged.get(key);
    if (seen) seen.volume += v.volume;
    else merged.set(key, { ...v });
  }
  return [...merged.values()];
}

function price(v: Volume, input: BillingInput): EpdLine | null {
  const tariff = tariffInForce(input.tariffs, v, input.period);
  if (!tariff) {
    if (optionalServices.includes(v.service)) return null;
    throw new MissingTariffError(v.service, input.period);
  }
  const volume = fromThousandths(v.volume);
  return {
    service: v.service,
    zones: v.zones,
    zone: v.zone,
    volume,
    kopecksPerUnit: tariff.kopecksPerUnit,
    chargeKopecks: chargeKopecks(volume, tariff.kopecksPerUnit),
    basis: v.basis,
  };
}
