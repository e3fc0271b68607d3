import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { recordUse, recordVisit } from '@/db/queries/usage';
import { dailyVisitors, usageEvents, visitorSalts } from '@/db/schema';
import { newResident } from '../setup/fixtures';

const browser = (address: string, ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/39.0') =>
  new Headers({ 'x-forwarded-for': `${address}, 10.0.0.1`, 'user-agent': ua });

const visitorsOn = async (day: string) =>
  (await db.select().from(dailyVisitors).where(eq(dailyVisitors.day, day))).length;

describe('unique visitors', () => {
  it('counts the same browser twice on one Moscow day as one visitor', async () => {
    const morning = new Date('2014-12-15T05:00:00Z');
    const evening = new Date('2014-12-15T20:59:00Z'); // 23:59 in Moscow
    const first = await recordVisit(browser('203.0.113.7'), morning);
    const again = await recordVisit(browser('203.0.113.7'), evening);
    expect(first).toMatchObject({ day: '2014-12-15', firstToday: true });
    expect(again).toEqual({ ...first, firstToday: false });
    expect(await visitorsOn('2014-12-15')).toBe(1);

    await recordVisit(browser('203.0.113.8'), evening);
    await recordVisit(browser('203.0.113.7', 'Mozilla/5.0 (iPhone) Safari/8.0'), evening);
    expect(await visitorsOn('2014-12-15')).toBe(3);
  });

  it('gives the same browser a different hash the next day and forgets the old salt', async () => {
    const today = await recordVisit(browser('198.51.100.4'), new Date('2014-12-20T10:00:00Z'));
    const [oldSalt] = await db.select().from(visitorSalts).where(eq(visitorSalts.day, today.day));
    // 00:00 on 21 December in Moscow is 21:00 UTC on the 20th.
    const tomorrow = await recordVisit(browser('198.51.100.4'), new Date('2014-12-20T21:00:00Z'));
    expect(tomorrow.day).toBe('2014-12-21');
    expect(tomorrow.firstToday).toBe(true);
    expect(tomorrow.visitorHash).not.toBe(today.visitorHash);
    const salts = await db.select().from(visitorSalts);
    expect(salts.map((s) => s.day)).toEqual(['2014-12-21']);
    expect(salts[0]!.salt).not.toBe(oldSalt!.salt);
  });

  it('never stores the address or the browser', async () => {
    const visit = await recordVisit(browser('192.0.2.55', 'UniqueAgent/1.0'), new Date());
    const rows = await db.select().from(dailyVisitors);
    const stored = JSON.stringify(rows);
    expect(stored).toContain(visit.visitorHash);
    expect(stored).not.toContain('192.0.2.55');
    expect(stored).not.toContain('UniqueAgent');
  });
});

describe('service uses', () => {
  it('are recorded for a person or an anonymous visitor', async () => {
    const me = await newResident();
    await recordUse('water-meter-readings', { userId: me.id });
    await recordUse('traffic-fines', { visitorHash: 'hash-of-someone' });
    const mine = await db.select().from(usageEvents).where(eq(usageEvents.userId, me.id));
    expect(mine.map((e) => e.service)).toEqual(['water-meter-readings']);
    const anonymous = await db
      .select()
      .from(usageEvents)
      .where(eq(usageEvents.visitorHash, 'hash-of-someone'));
    expect(anonymous).toMatchObject([{ service: 'traffic-fines', userId: null }]);
  });
});
