import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  parseReadingValue,
  readingValueSchema,
  subtractDecimals,
  sumDecimals,
} from '@/lib/housing';

describe('a reading as typed by the resident', () => {
  it.each([
    ['123', '123.000'],
    ['123,4', '123.400'],
    ['123.45', '123.450'],
    ['123,456', '123.456'],
    ['  00123,5  ', '123.500'],
    ['0', '0.000'],
    ['12.', '12.000'],
    ['99999999.999', '99999999.999'],
  ])('accepts %j as %s', (text, value) => {
    expect(parseReadingValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['12a', 'readingNotNumber'],
    ['abc', 'readingNotNumber'],
    ['1e12', 'readingNotNumber'],
    ['12,5,1', 'readingNotNumber'],
    ['1 234', 'readingNotNumber'],
    [',5', 'readingNotNumber'],
    ['+5', 'readingNotNumber'],
    ['٣', 'readingNotNumber'],
    ['-5', 'readingNegative'],
    ['-0,5', 'readingNegative'],
    ['−5', 'readingNegative'],
    ['123,4567', 'readingTooManyDecimals'],
    ['1000000000000', 'readingTooLarge'],
    ['100000000', 'readingTooLarge'],
    ['99999999.9999', 'readingTooManyDecimals'],
    ['9'.repeat(1000), 'readingTooLarge'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseReadingValue(text)).toEqual({ ok: false, error });
  });

  it('gives forms the same rule as a schema whose message is the error key', () => {
    expect(readingValueSchema.parse(' 15,2 ')).toBe('15.200');
    const result = readingValueSchema.safeParse('15,2345');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('readingTooManyDecimals');
    expect(readingValueSchema.safeParse(undefined).error?.issues[0]?.message).toBe('required');
  });
});

describe('decimals are compared exactly', () => {
  it.each([
    ['0.3', '0.1', 1],
    ['100.100', '100.1', 0],
    ['99999999.998', '99999999.999', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(compareDecimals(a, b)).toBe(sign);
  });

  it('subtracts and adds without float error', () => {
    expect(subtractDecimals('0.3', '0.1')).toBe('0.200');
    expect(subtractDecimals('10', '12.5')).toBe('-2.500');
    expect(sumDecimals(['0.1', '0.2', '0.7'])).toBe('1.000');
  });
});
