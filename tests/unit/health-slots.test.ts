import { describe, expect, it } from 'vitest';
import { moscowWallClock } from '@/lib/city';
import { slotKey, slotStarts, type WeeklyHours } from '@/lib/health';

const pad = (n: number) => String(n).padStart(2, '0');
// An instant as the Moscow wall clock shows it.
const moscow = (instant: Date) => {
  const c = moscowWallClock(instant);
  return `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
};

const weekdays = (from: string, to: string): WeeklyHours[] =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, from, to }));

describe('slots from weekly hours', () => {
  it('a schedule ending off a slot boundary loses the slot that would overrun it', () => {
    // Monday 15 December 2014.
    const starts = slotStarts({
      hours: weekdays('08:00', '10:10'),
      slotMinutes: 20,
      daysOff: [],
      fromDay: '2014-12-15',
      days: 1,
    });
    expect(starts.map(moscow)).toEqual([
      '2014-12-15 08:00',
      '2014-12-15 08:20',
      '2014-12-15 08:40',
      '2014-12-15 09:00',
      '2014-12-15 09:20',
      '2014-12-15 09:40',
    ]);
  });

  it('a slot ending exactly when the hours end is kept', () => {
    const starts = slotStarts({
      hours: weekdays('08:00', '09:00'),
      slotMinutes: 15,
      daysOff: [],
      fromDay: '2014-12-15',
      days: 1,
    });
    expect(starts.map(moscow).at(-1)).toBe('2014-12-15 08:45');
    expect(starts).toHaveLength(4);
  });

  it('skips a day off and the weekend, and keeps the days around them', () => {
    // Friday 31 October to Wednesday 5 November 2014; 4 November (Tuesday) is a day off.
    const starts = slotStarts({
      hours: weekdays('09:00', '09:30'),
      slotMinutes: 30,
      daysOff: ['2014-11-04'],
      fromDay: '2014-10-31',
      days: 6,
    });
    expect(starts.map(moscow)).toEqual([
      '2014-10-31 09:00',
      '2014-11-03 09:00',
      '2014-11-05 09:00',
    ]);
  });

  it('a slot on the day of the offset change (26 October 2014) is at the same wall-clock time', () => {
    const sundays: WeeklyHours[] = [6, 7].map((weekday) => ({
      weekday: weekday as 6 | 7,
      from: '09:00',
      to: '09:15',
    }));
    const starts = slotStarts({
      hours: sundays,
      slotMinutes: 15,
      daysOff: [],
      fromDay: '2014-10-25',
      days: 2,
    });
    // UTC+4 on Saturday, UTC+3 from Sunday.
    expect(starts.map((s) => s.toISOString())).toEqual([
      '2014-10-25T05:00:00.000Z',
      '2014-10-26T06:00:00.000Z',
    ]);
  });

  it('gives the slots of split hours sorted, whatever order the rows come in', () => {
    const starts = slotStarts({
      hours: [
        { weekday: 1, from: '14:00', to: '14:30' },
        { weekday: 1, from: '08:00', to: '08:30' },
      ],
      slotMinutes: 30,
      daysOff: [],
      fromDay: '2014-12-15',
      days: 1,
    });
    expect(starts.map(moscow)).toEqual(['2014-12-15 08:00', '2014-12-15 14:00']);
  });

  it('no days asked, no slots', () => {
    const starts = slotStarts({
      hours: weekdays('08:00', '20:00'),
      slotMinutes: 15,
      daysOff: [],
      fromDay: '2014-12-15',
      days: 0,
    });
    expect(starts).toEqual([]);
  });

  it.each([
    ['8:00', '10:00'],
    ['08:00', '24:00'],
    ['08:60', '10:00'],
    ['10:00', '10:00'],
    ['10:00', '09:00'],
  ])('refuses the hours %s–%s even on a day not asked for', (from, to) => {
    expect(() =>
      slotStarts({
        hours: [{ weekday: 7, from, to }],
        slotMinutes: 15,
        daysOff: [],
        fromDay: '2014-12-15',
        days: 1,
      }),
    ).toThrow(RangeError);
  });

  it.each([0, -15, 7.5])('refuses a slot length of %s minutes', (slotMinutes) => {
    expect(() =>
      slotStarts({ hours: [], slotMinutes, daysOff: [], fromDay: '2014-12-15', days: 1 }),
    ).toThrow(RangeError);
  });
});

describe('the key of a slot', () => {
  it('is the same for the same doctor and instant, and differs otherwise', () => {
    const at = new Date('2014-12-15T05:00:00Z');
    expect(slotKey('doc-1', at)).toBe(slotKey('doc-1', new Date(at.getTime())));
    expect(slotKey('doc-1', at)).not.toBe(slotKey('doc-2', at));
    expect(slotKey('doc-1', at)).not.toBe(slotKey('doc-1', new Date('2014-12-15T05:15:00Z')));
  });
});
