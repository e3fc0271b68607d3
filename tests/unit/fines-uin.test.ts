import { describe, expect, it } from 'vitest';
import { isValidUin, makeUin, parseUin, uinCheckDigit } from '@/lib/fines';

// A worked example, by hand, for 1881017715000000001 (weights 1…10, then 1…9 again):
//   1·1 + 8·2 + 8·3 + 1·4 + 0·5 + 1·6 + 7·7 + 7·8 + 1·9 + 5·10 = 215; eight zeros; 1·9 = 9
//   224 mod 11 = 4 → the УИН is 18810177150000000014.
// And for 1881017715000000012, whose first pass leaves 10:
//   215 + 1·8 + 2·9 = 241, 241 mod 11 = 10 → weights from 3:
//   1·3 + 8·4 + 8·5 + 1·6 + 0·7 + 1·8 + 7·9 + 7·10 + 1·1 + 5·2 = 233; 1·10 + 2·1 = 12
//   245 mod 11 = 3 → 18810177150000000123.

describe('the УИН check digit', () => {
  it.each([
    ['first pass', '1881017715000000001', 4],
    ['first pass', '1881017715031415926', 1],
    ['first pass', '1881015014031415926', 9],
    ['first pass, remainder 0', '1881017715000000009', 0],
    ['second pass (weights from 3)', '1881017715000000012', 3],
    ['second pass (weights from 3)', '1881015014031415982', 9],
    ['second pass, remainder 0', '1881057721031416031', 0],
    ['10 twice → 0', '1881017715000000074', 0],
    ['10 twice → 0', '1881015014031417151', 0],
  ])('%s: %s → %i', (_branch, first19, digit) => {
    expect(uinCheckDigit(first19)).toBe(digit);
    expect(isValidUin(`${first19}${digit}`)).toBe(true);
    expect(makeUin(first19)).toBe(`${first19}${digit}`);
  });

  it('is the one digit that makes a УИН valid', () => {
    const valid = [...'0123456789'].filter((d) => isValidUin(`1881017715000000012${d}`));
    expect(valid).toEqual(['3']);
  });

  it('catches a single mistyped digit and a swap of two neighbours', () => {
    expect(isValidUin('18810177150314159261')).toBe(true);
    expect(isValidUin('18810177150314159361')).toBe(false);
    expect(isValidUin('18810177150314152961')).toBe(false);
  });

  it.each(['188101771500000000', '18810177150000000012', '18810177150000000a1'])(
    'refuses to compute a digit for %j (not 19 digits)',
    (first19) => {
      expect(() => uinCheckDigit(first19)).toThrow(RangeError);
    },
  );
});

describe('a УИН as typed', () => {
  it.each([
    ['18810177150314159261', '18810177150314159261'],
    ['188 1 01 77 15 0314159261', '18810177150314159261'],
    [' 18810177150000000123 ', '18810177150000000123'],
    ['1881\u00a00177\u00a01500\u00a00000\u00a00740', '18810177150000000740'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseUin(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'uinRequired'],
    ['   ', 'uinRequired'],
    ['1881017715031415926', 'uinInvalid'],
    ['188101771503141592611', 'uinInvalid'],
    ['1881017715O314159261', 'uinInvalid'],
    ['1881-0177-1503-1415-9261', 'uinInvalid'],
    // A valid check digit, but not the traffic police's administrator code.
    [makeUin('3221017715031415926'), 'uinInvalid'],
    ['18810177150314159262', 'uinChecksum'],
    ['18810177150000000120', 'uinChecksum'],
    ['18810177150000000741', 'uinChecksum'],
    ['1'.repeat(1_000_000), 'uinInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseUin(input)).toEqual({ ok: false, error });
  });
});
