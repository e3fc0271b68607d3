import { describe, expect, it } from 'vitest';
import { targetDeadline, withinTarget } from '@/lib/health';

describe('waiting-time targets', () => {
  it.each([
    // The district doctor: within 24 hours.
    ['therapist', '2014-12-15T10:00:00+03:00', '2014-12-16T07:00:00.000Z'],
    ['pediatrician', '2014-12-31T23:00:00+03:00', '2015-01-01T20:00:00.000Z'],
    // A specialist: the end of the 14th working day after the Moscow date of now.
    ['cardiologist', '2014-10-31T15:00:00+03:00', '2014-11-21T20:59:59.999Z'],
    ['cardiologist', '2014-12-26T10:00:00+03:00', '2015-01-23T20:59:59.999Z'],
    ['neurologist', '2014-10-30T23:30:00+03:00', '2014-11-20T20:59:59.999Z'],
    // 00:30 Moscow is already the next day.
    ['neurologist', '2014-10-30T21:30:00Z', '2014-11-21T20:59:59.999Z'],
  ] as const)('%s at %s: by %s', (specialty, now, deadline) => {
    expect(targetDeadline(specialty, new Date(now)).toISOString()).toBe(deadline);
  });

  const now = new Date('2014-10-31T15:00:00+03:00');
  it.each([
    [null, false],
    ['2014-11-21T23:59:59.999+03:00', true],
    ['2014-11-22T00:00:00+03:00', false],
    ['2014-11-03T09:00:00+03:00', true],
    ['2014-10-31T15:00:00+03:00', false], // starts now: already gone
  ])('a specialist whose first free slot is %s meets the target: %s', (slot, meets) => {
    expect(withinTarget(slot === null ? null : new Date(slot), 'surgeon', now)).toBe(meets);
  });

  it.each([
    ['2014-11-01T15:00:00+03:00', true],
    ['2014-11-01T15:00:00.001+03:00', false],
  ])('a district doctor whose first free slot is %s meets the target: %s', (slot, meets) => {
    expect(withinTarget(new Date(slot), 'therapist', now)).toBe(meets);
  });
});
