import { describe, expect, it } from 'vitest';
import { readingWindow } from '@/lib/housing';
import { parseWindowConfig } from '@/lib/housing/window-config';
import { loadEnv } from '@/lib/env-schema';

const secret = 'x'.repeat(32);

describe('a reading window written in configuration', () => {
  it.each([
    ['15-3', { startDay: 15, endDay: 3 }],
    ['15-26', { startDay: 15, endDay: 26 }],
    ['1-31', { startDay: 1, endDay: 31 }],
    [' 20 - 25 ', { startDay: 20, endDay: 25 }],
    ['28-1', { startDay: 28, endDay: 1 }],
  ])('"%s" is the window %o', (text, config) => {
    expect(parseWindowConfig(text)).toEqual({ ok: true, config });
  });

  it.each(['', '15', '15-', '15–3', '15/3', 'a-b', '-3', '15-3-1', '1.5-3', '150-3'])(
    '"%s" is not a window and the message shows the expected form',
    (text) => {
      const parsed = parseWindowConfig(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('"<start day>-<end day>"');
    },
  );

  it.each(['0-3', '15-0', '15-32', '29-3', '31-31'])(
    '"%s" has a day out of range and the message names the allowed days',
    (text) => {
      const parsed = parseWindowConfig(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/1–31.*at most 28/);
    },
  );
});

describe('the reading windows in the environment', () => {
  it('default to the 15th–3rd for water and the 15th–26th for electricity', () => {
    const env = loadEnv({ AUTH_SECRET: secret });
    expect(env.READING_WINDOW_WATER).toEqual({ startDay: 15, endDay: 3 });
    expect(env.READING_WINDOW_ELECTRICITY).toEqual({ startDay: 15, endDay: 26 });
    // An empty variable means unset.
    expect(loadEnv({ AUTH_SECRET: secret, READING_WINDOW_WATER: '' }).READING_WINDOW_WATER).toEqual(
      { startDay: 15, endDay: 3 },
    );
  });

  it('change when the window is open', () => {
    const env = loadEnv({ AUTH_SECRET: secret, READING_WINDOW_WATER: '20-25' });
    const on = (instant: string) =>
      readingWindow('water', new Date(instant), env.READING_WINDOW_WATER).open;
    expect(on('2014-12-19T23:59:00+03:00')).toBe(false);
    expect(on('2014-12-20T00:00:00+03:00')).toBe(true);
    expect(on('2014-12-25T23:59:00+03:00')).toBe(true);
    expect(on('2014-12-26T00:00:00+03:00')).toBe(false);
  });

  it('stop the server with a message naming a malformed one', () => {
    expect(() =>
      loadEnv({
        AUTH_SECRET: secret,
        READING_WINDOW_WATER: '15-3',
        READING_WINDOW_ELECTRICITY: '15-40',
      }),
    ).toThrowError(/READING_WINDOW_ELECTRICITY: days must be 1–31/);
    expect(() =>
      loadEnv({ AUTH_SECRET: secret, READING_WINDOW_WATER: 'by the 25th' }),
    ).toThrowError(/READING_WINDOW_WATER: expected "<start day>-<end day>"/);
  });
});
