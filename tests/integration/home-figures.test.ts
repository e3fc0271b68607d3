import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  forgetHomeFigures,
  HOME_FIGURES_FRESH_MS,
  homeFigures,
  readHomeFigures,
} from '@/db/queries/home-figures';
import { recordUse, usageInsert } from '@/db/queries/usage';
import { usageSpecs } from '@/services/registry';
import { newResident } from '../setup/fixtures';

// The home page's live figures: registered users, and the city's year's uses of the services and
// money paid through them. Every test works in its own year, so the others' uses never count in it.

const specs = usageSpecs();
const payment = (kopecks: number, at: Date, userId: string) =>
  db.execute(usageInsert('housing-payments', { userId }, at, undefined, kopecks));

beforeEach(() => forgetHomeFigures());

describe('the home page’s figures', () => {
  it('count the registered users, this year’s uses of the services and the money paid', async () => {
    const now = new Date('2030-03-10T09:00:00Z'); // 12:00 in Moscow
    const before = await readHomeFigures(specs, now);
    expect(before).toMatchObject({ year: 2030, usesThisYear: 0, paidThisYearKopecks: 0 });
    expect(before.registeredUsers).toBeGreaterThan(0);

    const me = await newResident();
    await recordUse(
      'water-meter-readings',
      { userId: me.id },
      { at: new Date('2030-01-05T10:00:00Z') },
    );
    await recordUse(
      'traffic-fines',
      { visitorHash: 'someone' },
      { at: new Date('2030-03-10T08:00:00Z') },
    );
    await payment(150_000, new Date('2030-02-01T10:00:00Z'), me.id);
    // Not a use of a service: a record linked in the cabinet, money returned.
    await recordUse('link-apartment', { userId: me.id }, { at: new Date('2030-02-01T10:00:00Z') });
    await recordUse('payment-refunds', { userId: me.id }, { at: new Date('2030-02-02T10:00:00Z') });

    expect(await readHomeFigures(specs, now)).toEqual({
      year: 2030,
      registeredUsers: before.registeredUsers + 1,
      usesThisYear: 3,
      paidThisYearKopecks: 150_000,
    });
  });

  it('take the year as Moscow’s: 00:30 on 1 January there is still 31 December in UTC', async () => {
    const me = await newResident();
    await recordUse('epd', { userId: me.id }, { at: new Date('2031-12-31T20:59:00Z') }); // 23:59, 2031
    await recordUse('epd', { userId: me.id }, { at: new Date('2031-12-31T21:30:00Z') }); // 00:30, 2032
    const in2032 = await readHomeFigures(specs, new Date('2032-01-02T09:00:00Z'));
    expect(in2032).toMatchObject({ year: 2032, usesThisYear: 1 });
    const in2031 = await readHomeFigures(specs, new Date('2031-12-31T12:00:00Z'));
    expect(in2031).toMatchObject({ year: 2031, usesThisYear: 1 });
  });

  it('give the home page the same answer for a minute, then today’s new uses', async () => {
    const me = await newResident();
    const now = new Date('2033-05-20T09:00:00Z');
    await recordUse('epd', { userId: me.id }, { at: new Date('2033-05-01T09:00:00Z') });
    expect(await homeFigures(specs, now)).toMatchObject({ usesThisYear: 1 });

    await recordUse('epd', { userId: me.id }, { at: new Date('2033-05-20T09:00:30Z') });
    const soon = new Date(now.getTime() + HOME_FIGURES_FRESH_MS - 1);
    expect(await homeFigures(specs, soon)).toMatchObject({ usesThisYear: 1 });

    const later = new Date(now.getTime() + HOME_FIGURES_FRESH_MS);
    expect(await homeFigures(specs, later)).toMatchObject({ usesThisYear: 2 });
    expect(await readHomeFigures(specs, later)).toMatchObject({ usesThisYear: 2 });
  });
});
