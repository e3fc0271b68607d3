import { eq } from 'drizzle-orm';
import { createFormatter, createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import {
  calendarFeedOwner,
  getCalendarFeed,
  removeCalendarFeed,
  resetCalendarFeed,
} from '@/db/queries/calendar-feeds';
import { users } from '@/db/schema';
import { formats } from '@/lib/i18n/formats';
import { timeZone } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { scopedLocale } from '@/server/i18n/locale-scope';
import { dueCalendar } from '@/services/calendar';
import { dueCards, getDueThisMonth } from '@/services/due';
import { newResident, viewerOf } from '../setup/fixtures';

// My deadlines in my calendar: the feed a phone subscribes to, by its secret address.

// next-intl's request config outside Next: the language the feed is rendered in (the owner's, set by
// inLocale), or Russian — as server/i18n/request.ts decides it.
vi.mock('next-intl/server', async () => {
  const all = { ru: await loadMessages('ru'), en: await loadMessages('en') };
  const locale = () => scopedLocale() ?? 'ru';
  return {
    getLocale: async () => locale(),
    getFormatter: async () => createFormatter({ locale: locale(), formats, timeZone }),
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: locale(),
        messages: all[locale()],
        namespace,
        formats,
        timeZone,
      } as never),
  };
});

/** The user and the token of a feed's path `/calendar/<user>/<token>.ics`. */
function partsOf(path: string) {
  const [, , user, file] = path.split('/');
  return { user: user!, token: file!.replace(/\.ics$/, '') };
}

const ownerOf = (path: string) => {
  const { user, token } = partsOf(path);
  return calendarFeedOwner(user, token);
};

describe('the calendar feed', () => {
  it('has an address once turned on, which a reset replaces and turning off ends', async () => {
    const me = await newResident();
    expect(await getCalendarFeed(me)).toBeNull();
    const first = await resetCalendarFeed(me, new Date());
    expect(await getCalendarFeed(me)).toEqual(first);
    expect((await ownerOf(first!.path))?.viewer.id).toBe(me.id);

    const second = await resetCalendarFeed(me, new Date());
    expect(second!.path).not.toBe(first!.path);
    expect(await ownerOf(first!.path)).toBeNull();
    expect((await ownerOf(second!.path))?.viewer.id).toBe(me.id);

    await removeCalendarFeed(me);
    expect(await ownerOf(second!.path)).toBeNull();
    expect(await getCalendarFeed(me)).toBeNull();
  });

  it('opens nothing for another person’s id with my token, or a forged address', async () => {
    const [me, other] = await Promise.all([newResident(), newResident()]);
    const feed = await resetCalendarFeed(me, new Date());
    await resetCalendarFeed(other, new Date());
    const { token } = partsOf(feed!.path);
    expect(await calendarFeedOwner(other.id, token)).toBeNull();
    for (const [user, forged] of [
      [me.id, 'x'.repeat(43)],
      [me.id, token.slice(0, -1)],
      ['not-a-uuid', token],
      [me.id, `${token}' or '1'='1`],
    ] as const)
      expect(await calendarFeedOwner(user, forged)).toBeNull();
    expect(await resetCalendarFeed(null, new Date())).toBeNull();
  });

  it('holds each of the resident’s deadlines as an event with a reminder, and nobody else’s', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const now = new Date();
    const due = await getDueThisMonth(resident, now);
    expect(due.length).toBeGreaterThan(0);
    const cards = await dueCards(due);
    const feed = await resetCalendarFeed(resident, now);
    const owner = await ownerOf(feed!.path);
    const ics = await dueCalendar(owner!, now);

    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(due.length);
    expect(unfolded.match(/^BEGIN:VALARM$/gm)).toHaveLength(due.length);
    for (const card of cards) {
      expect(unfolded).toContain(`UID:${card.key}@moygorod`);
      expect(unfolded).toContain(`SUMMARY:${card.title.replace(/[\\;,]/g, (c) => `\\${c}`)}`);
    }
    // The neighbour's calendar holds none of the resident's items.
    const neighbour = await viewerOf('neighbour@moygorod.test');
    const theirs = await dueCalendar(
      (await ownerOf((await resetCalendarFeed(neighbour, now))!.path))!,
      now,
    );
    for (const card of cards) expect(theirs).not.toContain(`UID:${card.key}@moygorod`);
  });

  it('is written in the owner’s language', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const feed = await resetCalendarFeed(resident, new Date());
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, resident.id));
    try {
      const ics = await dueCalendar((await ownerOf(feed!.path))!, new Date());
      expect(ics).toContain('X-WR-CALNAME:Мой город: my deadlines');
      expect(ics).toContain('More on the portal:');
    } finally {
      await db.update(users).set({ locale: 'ru' }).where(eq(users.id, resident.id));
    }
  });
});
