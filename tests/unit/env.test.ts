import { describe, expect, it } from 'vitest';
import { loadEnv } from '@/lib/env-schema';
import { DEFAULT_DIRECT_SPECIALTIES, needsReferral } from '@/lib/health';

const secret = 'x'.repeat(32);

describe('environment at start', () => {
  it('runs on the embedded database when DATABASE_URL is unset or empty', () => {
    expect(loadEnv({ AUTH_SECRET: secret }).DATABASE_URL).toBeUndefined();
    expect(loadEnv({ AUTH_SECRET: secret, DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(loadEnv({ AUTH_SECRET: secret }).PGLITE_DATA_DIR).toBe('.data/pglite');
  });

  it('names every missing or malformed setting in one message', () => {
    let message = '';
    try {
      loadEnv({ DATABASE_URL: 'mysql://db/x', DATABASE_POOL_SIZE: '0' });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const name of ['AUTH_SECRET', 'DATABASE_URL', 'DATABASE_POOL_SIZE'])
      expect(message).toContain(`  ${name}:`);
    expect(() => loadEnv({ AUTH_SECRET: 'short' })).toThrowError(/AUTH_SECRET must be at least 32/);
  });

  it('accepts a PostgreSQL URL and a pool size', () => {
    const env = loadEnv({
      AUTH_SECRET: secret,
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/city',
      DATABASE_POOL_SIZE: '20',
    });
    expect(env.DATABASE_URL).toBe('postgres://u@127.0.0.1:5432/city');
    expect(env.DATABASE_POOL_SIZE).toBe(20);
  });
});

describe('specialists booked without a referral (DIRECT_BOOKING_SPECIALTIES)', () => {
  const direct = (value?: string) =>
    loadEnv({ AUTH_SECRET: secret, DIRECT_BOOKING_SPECIALTIES: value }).DIRECT_BOOKING_SPECIALTIES;

  it('is Moscow’s list when unset or empty', () => {
    expect(direct()).toEqual(DEFAULT_DIRECT_SPECIALTIES);
    expect(direct('')).toEqual(DEFAULT_DIRECT_SPECIALTIES);
  });

  it('takes a configured list, and the district doctors stay direct whatever it says', () => {
    const list = direct(' cardiologist, dentist ');
    expect([...list].sort()).toEqual(
      ['cardiologist', 'dentist', 'gp', 'pediatrician', 'therapist'].sort(),
    );
    expect(needsReferral('cardiologist', list)).toBe(false);
    expect(needsReferral('surgeon', list)).toBe(true);
    expect([...direct(',')].sort()).toEqual(['gp', 'pediatrician', 'therapist']);
  });

  it('stops the start on an unknown code, naming it', () => {
    expect(() => direct('dentist,cardiolog,psychic')).toThrowError(
      /DIRECT_BOOKING_SPECIALTIES: unknown specialties "cardiolog", "psychic"; known: therapist/,
    );
  });
});
