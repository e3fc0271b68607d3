import { describe, expect, it } from 'vitest';
import { acceptsReadingsFor, isClosingSoon, readingWindow, windowForPeriod } from '@/lib/housing';

const iso = (d: Date) => d.toISOString();

describe('the water window: the 15th 00:00 to the 3rd 23:59:59.999, Moscow time', () => {
  it.each([
    // [instant, open, period of the open or next window]
    ['2014-11-14T23:59:00+03:00', false, '2014-11-01'],
    ['2014-11-14T23:59:59.999+03:00', false, '2014-11-01'],
    ['2014-11-15T00:00:00+03:00', true, '2014-11-01'],
    // A UTC instant still on the 14th that is already the 15th in Moscow.
    ['2014-11-14T21:00:00Z', true, '2014-11-01'],
    ['2014-11-14T20:59:59Z', false, '2014-11-01'],
    ['2014-11-30T12:00:00+03:00', true, '2014-11-01'],
    ['2014-12-03T23:59:00+03:00', true, '2014-11-01'],
    ['2014-12-03T23:59:59.999+03:00', true, '2014-11-01'],
    ['2014-12-04T00:00:00+03:00', false, '2014-12-01'],
    ['2014-12-03T21:00:00Z', false, '2014-12-01'],
    ['2014-12-10T12:00:00+03:00', false, '2014-12-01'],
    // December's readings are sent until 3 January.
    ['2014-12-15T00:00:00+03:00', true, '2014-12-01'],
    ['2015-01-01T00:00:00+03:00', true, '2014-12-01'],
    ['2015-01-03T23:59:00+03:00', true, '2014-12-01'],
    ['2015-01-04T00:00:00+03:00', false, '2015-01-01'],
    // January's run into February, February's into March.
    ['2015-02-03T23:59:00+03:00', true, '2015-01-01'],
    ['2015-02-04T00:00:00+03:00', false, '2015-02-01'],
    ['2015-02-28T23:59:00+03:00', true, '2015-02-01'],
    ['2015-03-03T23:59:00+03:00', true, '2015-02-01'],
    // Summer 2014, UTC+4: 00:30 on the 15th in Moscow is 20:30 UTC on the 14th.
    ['2014-06-14T20:30:00Z', true, '2014-06-01'],
    ['2014-06-14T19:59:59Z', false, '2014-06-01'],
  ])('at %s open=%s, period %s', (instant, open, period) => {
    const w = readingWindow('water', new Date(instant));
    expect(w.open).toBe(open);
    expect(w.period).toBe(period);
  });

  it('gives the dates of the open window and of the next one', () => {
    const w = readingWindow('water', new Date('2014-12-20T12:00:00+03:00'));
    expect(iso(w.opensAt)).toBe(iso(new Date('2014-12-15T00:00:00+03:00')));
    expect(iso(w.closesAt)).toBe(iso(new Date('2015-01-03T23:59:59.999+03:00')));
    expect(w.next.period).toBe('2015-01-01');
    expect(iso(w.next.opensAt)).toBe(iso(new Date('2015-01-15T00:00:00+03:00')));
    expect(iso(w.next.closesAt)).toBe(iso(new Date('2015-02-03T23:59:59.999+03:00')));
  });

  it('tells a resident outside the window when the next one opens', () => {
    const w = readingWindow('water', new Date('2014-12-04T00:00:00+03:00'));
    expect(w.open).toBe(false);
    expect(iso(w.next.opensAt)).toBe(iso(new Date('2014-12-15T00:00:00+03:00')));
    expect(iso(w.next.closesAt)).toBe(iso(new Date('2015-01-03T23:59:59.999+03:00')));
  });

  it('accepts readings (and corrections) only for the open window’s period', () => {
    const now = new Date('2014-12-02T10:00:00+03:00');
    expect(acceptsReadingsFor('water', '2014-11-01', now)).toBe(true);
    expect(acceptsReadingsFor('water', '2014-12-01', now)).toBe(false);
    expect(acceptsReadingsFor('water', '2014-10-01', now)).toBe(false);
    expect(acceptsReadingsFor('water', '2014-11-01', new Date('2014-12-04T00:00:00+03:00'))).toBe(
      false,
    );
  });
});

describe('the electricity window: the 15th to the 26th', () => {
  it.each([
    ['2015-02-14T23:59:00+03:00', false, '2015-02-01'],
    ['2015-02-15T00:00:00+03:00', true, '2015-02-01'],
    ['2015-02-26T23:59:00+03:00', true, '2015-02-01'],
    ['2015-02-26T23:59:59.999+03:00', true, '2015-02-01'],
    ['2015-02-27T00:00:00+03:00', false, '2015-03-01'],
    ['2015-02-26T21:00:00Z', false, '2015-03-01'],
    ['2014-12-26T23:59:00+03:00', true, '2014-12-01'],
    ['2014-12-27T00:00:00+03:00', false, '2015-01-01'],
    ['2015-01-02T12:00:00+03:00', false, '2015-01-01'],
  ])('at %s open=%s, period %s', (instant, open, period) => {
    const w = readingWindow('electricity', new Date(instant));
    expect(w.open).toBe(open);
    expect(w.period).toBe(period);
  });

  it('opens the next window in January after the December one closes', () => {
    const w = readingWindow('electricity', new Date('2014-12-27T00:00:00+03:00'));
    expect(iso(w.opensAt)).toBe(iso(new Date('2015-01-15T00:00:00+03:00')));
    expect(iso(w.closesAt)).toBe(iso(new Date('2015-01-26T23:59:59.999+03:00')));
  });
});

describe('a configured window', () => {
  it('uses the federal default “by the 25th” when configured so', () => {
    const config = { startDay: 20, endDay: 25 };
    expect(readingWindow('water', new Date('2014-12-19T23:59:00+03:00'), config).open).toBe(false);
    expect(readingWindow('water', new Date('2014-12-20T00:00:00+03:00'), config).open).toBe(true);
    expect(readingWindow('water', new Date('2014-12-25T23:59:00+03:00'), config).open).toBe(true);
    expect(readingWindow('water', new Date('2014-12-26T00:00:00+03:00'), config).open).toBe(false);
  });

  it('ends on the last day of February when the end day is past it', () => {
    const config = { startDay: 1, endDay: 31 };
    expect(iso(windowForPeriod('water', '2015-02-01', config).closesAt)).toBe(
      iso(new Date('2015-02-28T23:59:59.999+03:00')),
    );
    expect(iso(windowForPeriod('water', '2016-02-01', config).closesAt)).toBe(
      iso(new Date('2016-02-29T23:59:59.999+03:00')),
    );
  });

  it.each([
    { startDay: 0, endDay: 3 },
    { startDay: 29, endDay: 3 },
    { startDay: 15, endDay: 32 },
    { startDay: 1.5, endDay: 3 },
  ])('refuses the nonsensical window %j', (config) => {
    expect(() => readingWindow('water', new Date('2014-12-01T00:00:00Z'), config)).toThrow(
      RangeError,
    );
  });
});

describe('a window closing soon', () => {
  const threeDays = 3 * 86_400_000;
  it.each([
    ['2014-12-01T00:00:00+03:00', true],
    ['2014-11-29T00:00:00+03:00', false],
    ['2014-12-05T00:00:00+03:00', false],
  ])('at %s: %s', (instant, soon) => {
    const now = new Date(instant);
    expect(isClosingSoon(readingWindow('water', now), now, threeDays)).toBe(soon);
  });
});
