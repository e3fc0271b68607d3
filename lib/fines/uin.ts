import { IDENTIFIER_MAX_LENGTH, type Parsed } from '@/lib/registry/identifiers';

// The УИН (уникальный идентификатор начисления) of a traffic fine: 20 digits, the first three the
// administrator's code (188, the МВД), the last a check digit by the Treasury's rule (decision 016):
// weights 1, 2, …, 10, 1, 2, … from the first digit, the sum taken modulo 11; a remainder of 10
// means a second pass with the weights started at 3 (3, 4, …, 10, 1, 2, …); a second 10 gives 0.

/** The МВД's administrator code: every traffic police fine's УИН starts with it. */
export const TRAFFIC_POLICE_UIN_PREFIX = '188';

export const UIN_LENGTH = 20;

export type UinError = 'uinRequired' | 'uinInvalid' | 'uinChecksum';

const SPACES = /[\s\u00a0\u202f]+/gu;

/** The weighted sum modulo 11, the weights cycling 1…10 from `firstWeight` at the first digit. */
function weightedRemainder(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++)
    sum += Number(digits[i]) * (((firstWeight - 1 + i) % 10) + 1);
  return sum % 11;
}

/** The check digit of a УИН's first 19 digits. RangeError for anything else. */
export function uinCheckDigit(first19: string): number {
  if (!/^[0-9]{19}$/.test(first19)) throw new RangeError(`Not 19 digits: ${first19}`);
  const first = weightedRemainder(first19, 1);
  if (first < 10) return first;
  const second = weightedRemainder(first19, 3);
  return second < 10 ? second : 0;
}

/** A traffic fine's УИН: 20 digits, 188 first, the right check digit last. */
export function isValidUin(text: string): boolean {
  return (
    /^[0-9]{20}$/.test(text) &&
    text.startsWith(TRAFFIC_POLICE_UIN_PREFIX) &&
    uinCheckDigit(text.slice(0, 19)) === Number(text[19])
  );
}

/**
 * A УИН as typed or pasted from a receipt ("188 1 01 77 ...", spaces of any kind) → the 20 digits.
 * `uinChecksum` only for the right shape with a wrong last digit: a typo, which the message can name.
 */
export function parseUin(input: string): Parsed<UinError> {
  if (input.length > IDENTIFIER_MAX_LENGTH) return { ok: false, error: 'uinInvalid' };
  const value = input.replace(SPACES, '');
  if (!value) return { ok: false, error: 'uinRequired' };
  if (!/^[0-9]{20}$/.test(value) || !value.startsWith(TRAFFIC_POLICE_UIN_PREFIX))
    return { ok: false, error: 'uinInvalid' };
  if (!isValidUin(value)) return { ok: false, error: 'uinChecksum' };
  return { ok: true, value };
}

/** A whole УИН from its first 19 digits (the seed and tests build fines' УИНs with it). */
export function makeUin(prefix19: string): string {
  return `${prefix19}${uinCheckDigit(prefix19)}`;
}
