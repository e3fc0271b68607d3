import { describe, expect, it } from 'vitest';
import { nextWaiting, offerExpiresAt, type WaitlistEntry } from '@/lib/health';

const entry = (
  id: string,
  joinedAt: string,
  change: Partial<WaitlistEntry> = {},
): WaitlistEntry => ({
  id,
  specialty: 'cardiologist',
  clinicId: 'clinic-1',
  joinedAt: new Date(joinedAt),
  status: 'waiting',
  ...change,
});

const slot = { specialty: 'cardiologist', clinicId: 'clinic-1' } as const;

describe('who is offered a freed slot', () => {
  it.each<[string, WaitlistEntry[], string | null]>([
    ['nobody waits', [], null],
    [
      'the one who joined first, whatever the order of the list',
      [entry('b', '2014-12-02T10:00:00Z'), entry('a', '2014-12-01T10:00:00Z')],
      'a',
    ],
    [
      'not someone already offered, served, gone or expired',
      [
        entry('offered', '2014-11-01T10:00:00Z', { status: 'offered' }),
        entry('served', '2014-11-02T10:00:00Z', { status: 'served' }),
        entry('left', '2014-11-03T10:00:00Z', { status: 'left' }),
        entry('expired', '2014-11-04T10:00:00Z', { status: 'expired' }),
        entry('late', '2014-12-05T10:00:00Z'),
      ],
      'late',
    ],
    [
      'not someone waiting for another specialty or clinic',
      [
        entry('dentist', '2014-11-01T10:00:00Z', { specialty: 'dentist' }),
        entry('elsewhere', '2014-11-01T10:00:00Z', { clinicId: 'clinic-2' }),
      ],
      null,
    ],
    [
      'on a tie, the same person every time',
      [entry('y', '2014-12-01T10:00:00Z'), entry('x', '2014-12-01T10:00:00Z')],
      'x',
    ],
  ])('%s', (_, entries, expected) => {
    expect(nextWaiting(entries, slot)?.id ?? null).toBe(expected);
  });
});

describe('an offer', () => {
  it('is held for 30 minutes', () => {
    expect(offerExpiresAt(new Date('2014-12-15T23:45:00+03:00')).toISOString()).toBe(
      '2014-12-15T21:15:00.000Z',
    );
  });
});
