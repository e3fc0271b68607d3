import { fromThousandths, toThousandths } from './decimal';

export type MeterKind = 'cold_water' | 'hot_water' | 'electricity';

/**
 * Monthly consumption norms per registered resident (Moscow, 2014): water 6.935 m³ cold + 4.745 m³ hot
 * = 11.68 m³. Electricity has no single Moscow figure (it depends on rooms and residents); 100 kWh per
 * person is a round value between the city's norms for a flat with an electric stove, used to flag typos.
 */
export const monthlyNormPerPerson: Readonly<Record<MeterKind, string>> = {
  cold_water: '6.935',
  hot_water: '4.745',
  electricity: '100.000',
};

/** A multiplier as a fraction, so that norm × 1.5 stays exact: [3, 2]. */
export type Multiplier = readonly [numerator: number, denominator: number];

/** Billing without readings and without history: the norm × 1.5. */
export const NO_READINGS_MULTIPLIER: Multiplier = [3, 2];

/** A flat with nobody registered is still checked and billed as if one person lived there. */
export function residentsForNorm(registeredResidents: number): number {
  return Math.max(1, Math.trunc(registeredResidents));
}

/** The monthly norm for a household, times a multiplier, rounded half up to 0.001. */
export function normVolume(
  kind: MeterKind,
  registeredResidents: number,
  multiplier: Multiplier = [1, 1],
): string {
  const [num, den] = multiplier;
  const raw =
    toThousandths(monthlyNormPerPerson[kind]) *
    BigInt(residentsForNorm(registeredResidents)) *
    BigInt(num);
  return fromThousandths(divideHalfUp(raw, BigInt(den)));
}

/** Integer division of non-negative values, rounding half up. */
export function divideHalfUp(value: bigint, divisor: bigint): bigint {
  return (value * 2n + divisor) / (divisor * 2n);
}
