import { fromThousandths, toThousandths } from './decimal';
import { divideHalfUp } from './norms';
import { addMonths, type Period } from '@/lib/city';

/** One accepted reading of a meter (or of one zone of a multi-rate meter). */
export type ZoneReading = { period: Period; value: string };

/** The latest reading strictly before `period`, or null. */
export function previousReading(
  readings: readonly ZoneReading[],
  period: Period,
): ZoneReading | null {
  let best: ZoneReading | null = null;
  for (const r of readings) if (r.period < period && (!best || r.period > best.period)) best = r;
  return best;
}

/** The reading of `period` itself, or null. */
export function readingOf(readings: readonly ZoneReading[], period: Period): ZoneReading | null {
  return readings.find((r) => r.period === period) ?? null;
}

/**
 * A month's consumption is known when that month and the one before both have readings:
 * a gap of several months is not one month's consumption.
 */
export function monthlyConsumption(
  readings: readonly ZoneReading[],
  period: Period,
): string | null {
  const current = readingOf(readings, period);
  const before = readingOf(readings, addMonths(period, -1));
  if (!current || !before) return null;
  const diff = toThousandths(current.value) - toThousandths(before.value);
  return diff < 0n ? null : fromThousandths(diff);
}

/**
 * The average monthly consumption over the up to `months` periods before `period` whose consumption is
 * known, rounded half up to 0.001; null when none is known.
 */
export function averageMonthlyConsumption(
  readings: readonly ZoneReading[],
  period: Period,
  months = 3,
): string | null {
  const known: bigint[] = [];
  for (let i = 1; i <= months; i++) {
    const c = monthlyConsumption(readings, addMonths(period, -i));
    if (c !== null) known.push(toThousandths(c));
  }
  if (known.length === 0) return null;
  const sum = known.reduce((a, b) => a + b, 0n);
  return fromThousandths(divideHalfUp(sum, BigInt(known.length)));
}
