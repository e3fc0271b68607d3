import {
  addMonths,
  daysInMonth,
  isPeriod,
  monthsBetween,
  moscowDate,
  moscowTime,
  parsePeriod,
  periodOf,
  periodsBefore,
} from '@/lib/city';
import { describe, expect, it } from 'vitest';

describe('the billing period of an instant is the Moscow month', () => {
  it.each([
    ['2014-11-30T23:59:59.999+03:00', '2014-11-01'],
    ['2014-12-01T00:00:00+03:00', '2014-12-01'],
    // 21:00 UTC on 30 November is already 1 December in Moscow.
    ['2014-11-30T21:00:00Z', '2014-12-01'],
    ['2014-11-30T20:59:59Z', '2014-11-01'],
    ['2014-12-31T21:00:00Z', '2015-01-01'],
    // Summer 2014: Moscow was UTC+4.
    ['2014-06-30T20:00:00Z', '2014-07-01'],
    ['2014-06-30T19:59:59Z', '2014-06-01'],
    ['2015-02-28T23:59:00+03:00', '2015-02-01'],
  ])('%s → %s', (instant, period) => {
    expect(periodOf(new Date(instant))).toBe(period);
  });

  it('gives the Moscow calendar day of an instant', () => {
    expect(moscowDate(new Date('2014-12-14T21:00:00Z'))).toBe('2014-12-15');
    expect(moscowDate(new Date('2014-12-14T20:59:59Z'))).toBe('2014-12-14');
  });
});

describe('Moscow wall-clock time to an instant', () => {
  it.each([
    [[2014, 12, 15, 0, 0], '2014-12-14T21:00:00.000Z'],
    [[2014, 6, 15, 0, 0], '2014-06-14T20:00:00.000Z'],
    [[2014, 10, 26, 12, 0], '2014-10-26T09:00:00.000Z'],
    [[2015, 1, 3, 23, 59], '2015-01-03T20:59:00.000Z'],
  ] as const)('%j → %s', ([y, m, d, h, min], iso) => {
    expect(moscowTime(y, m, d, h, min).toISOString()).toBe(iso);
  });
});

describe('period arithmetic', () => {
  it.each([
    ['2014-12-01', 1, '2015-01-01'],
    ['2015-01-01', -1, '2014-12-01'],
    ['2014-11-01', 14, '2016-01-01'],
    ['2014-03-01', -15, '2012-12-01'],
    ['2014-05-01', 0, '2014-05-01'],
  ])('%s + %i months = %s', (period, n, expected) => {
    expect(addMonths(period, n)).toBe(expected);
  });

  it('counts months between periods across a year end', () => {
    expect(monthsBetween('2014-11-01', '2015-02-01')).toBe(3);
    expect(monthsBetween('2015-02-01', '2014-11-01')).toBe(-3);
  });

  it('lists the periods before a period, oldest first', () => {
    expect(periodsBefore('2015-02-01', 3)).toEqual(['2014-11-01', '2014-12-01', '2015-01-01']);
  });

  it.each([
    ['2015-02-01', 28],
    ['2016-02-01', 29],
    ['2014-12-01', 31],
  ])('%s has %i days', (period, days) => {
    expect(daysInMonth(period)).toBe(days);
  });

  it.each([
    ['2014-11', '2014-11-01'],
    [' 2014-11-17 ', '2014-11-01'],
    ['2014-13', null],
    ['2014-00', null],
    ['14-11', null],
    ['ноябрь', null],
  ])('reads the period typed as %j', (text, expected) => {
    expect(parsePeriod(text)).toBe(expected);
  });

  it('recognises only first-of-month dates as periods', () => {
    expect(isPeriod('2014-11-01')).toBe(true);
    expect(isPeriod('2014-11-02')).toBe(false);
    expect(isPeriod('2014-13-01')).toBe(false);
  });
});
