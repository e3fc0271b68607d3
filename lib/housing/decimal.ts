// Readings, volumes and areas are decimals with at most 3 places (numeric(12,3) in the database).
// They are compared and multiplied as integer thousandths, never as floats.

/** A decimal with at most 3 places, as the database returns it: `123.450`, `0`, `54.3`, `-2.500`. */
const decimalPattern = /^(-?)(\d+)(?:\.(\d{0,3}))?$/;

/** `'12.5'` → 12500n. Throws on anything that is not a decimal with at most 3 places. */
export function toThousandths(value: string): bigint {
  const match = decimalPattern.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal with at most 3 places: ${value}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const abs = BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, '0'));
  return minus ? -abs : abs;
}

/** 12500n → `'12.500'`; negative values keep their sign. */
export function fromThousandths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 1000n}.${(abs % 1000n).toString().padStart(3, '0')}`;
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareDecimals(a: string, b: string): number {
  const diff = toThousandths(a) - toThousandths(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** `a − b` as a normalised decimal string (may be negative). */
export function subtractDecimals(a: string, b: string): string {
  return fromThousandths(toThousandths(a) - toThousandths(b));
}

/** Sum of decimals as a normalised string. */
export function sumDecimals(values: readonly string[]): string {
  return fromThousandths(values.reduce((sum, v) => sum + toThousandths(v), 0n));
}
