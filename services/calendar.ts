import 'server-only';
import { getTranslations } from 'next-intl/server';
import { calendarFeed, type FeedEvent } from '@/lib/calendar/ics';
import type { Viewer } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/config';
import { inLocale } from '@/server/i18n/locale-scope';
import { publicUrl } from '@/server/public-url';
import { dueCards, getDueThisMonth } from './due';
import { dueSources } from './registry';

/**
 * «Due this month» as a calendar (RFC 5545), in the owner's language: each service's items as its
 * cabinet card words them, on the item's deadline, or at its time for an appointment.
 */
export function dueCalendar(owner: { viewer: Viewer; locale: Locale }, now: Date): Promise<string> {
  return inLocale(owner.locale, async () => {
    const items = await getDueThisMonth(owner.viewer, now);
    const [cards, t] = await Promise.all([dueCards(items), getTranslations('calendar.feed')]);
    const sources = dueSources();
    const events = items.map((item, i): FeedEvent => {
      const card = cards[i]!;
      const source = sources.find((s) => s.types.includes(item.type))!;
      const url = publicUrl(card.href as `/${string}`);
      return {
        uid: `${card.key}@moygorod`,
        summary: card.title,
        description: [card.address, ...card.details, '', t('more', { url })].join('\n'),
        location: card.address,
        url,
        when: card.event ?? { day: source.deadline(item) },
      };
    });
    return calendarFeed({ name: t('name'), events, stamp: now });
  });
}
