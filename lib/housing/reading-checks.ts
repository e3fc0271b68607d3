import { fromThousandths, toThousandths } from './decimal';
import { normVolume, type MeterKind } from './norms';
import { isVerificationExpired } from './verification';

// The checks on one apartment's submission (all its meters of one kind at once, as the form sends them).

/** Refuses the reading: nothing is stored. */
export type ReadingError = 'belowPrevious' | 'verificationExpired';
/** Stored only once the resident confirms it (a typo or a leak is likely). */
export type ReadingWarning = 'aboveNorm' | 'aboveAverage';

/** How many times the household's own average a month may reach before it asks for confirmation. */
export const AVERAGE_FACTOR = 3n;

export type ZoneReadingInput = {
  /** 1 for water and single-rate meters; 1–3 for the zones of multi-rate electricity meters. */
  zone: number;
  /** The new reading, normalised by parseReadingValue. */
  value: string;
  /** The latest earlier period's reading, or the meter's initial reading. */
  previous: string;
  /** The meter zone's average monthly consumption over up to 3 earlier periods (averageMonthlyConsumption). */
  averageMonthly: string | null;
};

export type MeterReadingInput = {
  meterId: string;
  kind: MeterKind;
  verifiedUntil: string;
  zones: readonly ZoneReadingInput[];
};

export type ReadingCheckInput = {
  now: Date;
  registeredResidents: number;
  meters: readonly MeterReadingInput[];
};

export type ZoneCheck = {
  meterId: string;
  zone: number;
  /** value − previous; negative when the reading went down. */
  consumption: string;
  error: ReadingError | null;
  warnings: ReadingWarning[];
  /** The household's monthly norm for this kind of meter (all its meters of the kind together). */
  normLimit: string;
  /** 3 × the zone's own average, when it has one. */
  averageLimit: string | null;
  verifiedUntil: string;
};

export type ReadingCheckResult = {
  /** No errors: the submission may be stored (after confirmation when needed). */
  ok: boolean;
  needsConfirmation: boolean;
  zones: ZoneCheck[];
};

/**
 * Checks every zone of every meter on its own (each zone of a multi-rate meter never goes down), then
 * compares each kind's total consumption with the household norm: two cold meters share one norm.
 */
export function checkReadings(input: ReadingCheckInput): ReadingCheckResult {
  const zones: ZoneCheck[] = [];
  const totals = new Map<MeterKind, bigint>();
  for (const meter of input.meters) {
    const expired = isVerificationExpired(meter.verifiedUntil, input.now);
    const normLimit = normVolume(meter.kind, input.registeredResidents);
    for (const z of meter.zones) {
      const consumption = toThousandths(z.value) - toThousandths(z.previous);
      const error: ReadingError | null = expired
        ? 'verificationExpired'
        : consumption < 0n
          ? 'belowPrevious'
          : null;
      const warnings: ReadingWarning[] = [];
      let averageLimit: string | null = null;
      if (z.averageMonthly !== null) {
        const limit = toThousandths(z.averageMonthly) * AVERAGE_FACTOR;
        averageLimit = fromThousandths(limit);
        // A zero average gives no baseline of the household's own to compare with.
        if (limit > 0n && consumption > limit) warnings.push('aboveAverage');
      }
      if (!error) totals.set(meter.kind, (totals.get(meter.kind) ?? 0n) + consumption);
      zones.push({
        meterId: meter.meterId,
        zone: z.zone,
        consumption: fromThousandths(consumption),
        error,
        warnings,
        normLimit,
        averageLimit,
        verifiedUntil: meter.verifiedUntil,
      });
    }
  }
  const kindOf = new Map(input.meters.map((m) => [m.meterId, m.kind]));
  for (const check of zones) {
    const kind = kindOf.get(check.meterId)!;
    const total = totals.get(kind) ?? 0n;
    const consumption = toThousandths(check.consumption);
    if (!check.error && consumption > 0n && total > toThousandths(check.normLimit)) {
      check.warnings.unshift('aboveNorm');
    }
  }
  const ok = zones.every((z) => z.error === null);
  return { ok, needsConfirmation: ok && zones.some((z) => z.warnings.length > 0), zones };
}
