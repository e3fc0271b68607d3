import { addWorkingDays, isWorkingDay, nextWorkingWeekday } from '@/lib/city';
import { describe, expect, it } from 'vitest';

describe('working days (Labour Code art. 112)', () => {
  it.each([
    ['2014-11-04', false], // Unity Day, a Tuesday
    ['2014-11-05', true],
    ['2014-11-08', false], // Saturday
    ['2015-01-01', false],
    ['2015-01-07', false],
    ['2015-01-08', false],
    ['2015-01-09', true],
    ['2015-02-23', false],
    // A holiday on a weekend moves the day off to the next working day.
    ['2015-03-09', false], // 8 March 2015 was a Sunday
    ['2015-05-11', false], // 9 May 2015 was a Saturday
    ['2015-05-12', true],
    ['2017-11-06', false], // 4 November 2017 was a Saturday
    ['2020-02-24', false], // 23 February 2020 was a Sunday
    ['2021-05-03', false], // 1 May 2021 was a Saturday
    ['2021-05-10', false], // 9 May 2021 was a Sunday
    // The January days off on a weekend are moved by a yearly decree, not modelled.
    ['2014-05-02', true],
    // Neither is the decreed move of 1 November 2014 to 3 November.
    ['2014-11-03', true],
  ])('%s is a working day: %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it.each([
    ['2014-11-03', 1, '2014-11-05'],
    ['2014-10-31', 14, '2014-11-21'],
    ['2014-12-26', 14, '2015-01-23'],
    ['2014-12-31', 1, '2015-01-09'],
    // A day off itself does not count.
    ['2014-11-08', 1, '2014-11-10'],
  ])('%s + %i working days is %s', (day, n, expected) => {
    expect(addWorkingDays(day, n)).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses to add %s working days', (n) => {
    expect(() => addWorkingDays('2014-12-15', n)).toThrow(RangeError);
  });

  // The seed's one working Friday of the endocrinologist (db/seed/health.ts) is chosen this way.
  it.each([
    ['2026-12-03', '2026-12-04'], // a Thursday: tomorrow
    ['2026-12-04', '2026-12-11'], // a Friday: the day itself never counts
    ['2026-11-28', '2026-12-04'], // a Saturday
    ['2029-02-22', '2029-03-02'], // 23 February 2029 is a Friday
    ['2026-12-30', '2027-01-15'], // 1 and 8 January 2027 are Fridays inside the New Year holidays
  ])('the first working Friday after %s is %s', (day, expected) => {
    expect(nextWorkingWeekday(day, 5)).toBe(expected);
  });

  it('refuses a weekend weekday, which would never be found', () => {
    expect(() => nextWorkingWeekday('2026-12-03', 6)).toThrow(RangeError);
  });
});
