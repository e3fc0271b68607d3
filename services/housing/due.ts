import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listHousingDue } from '@/db/queries/housing-due';
import { housingDueDeadline, type HousingDueItem } from '@/lib/housing/due';
import { epdStatusText } from '@/lib/housing/epd-status-text';
import { dueCardTexts } from '@/services/due-cards';
import type { DueSource } from '@/services/types';

/** Housing's «due this month»: readings to send, the ЕПД to pay, meters to have verified. */
export const housingDueSource: DueSource<HousingDueItem> = {
  types: ['readings', 'epd', 'verification'],
  list: listHousingDue,
  deadline: housingDueDeadline,
  async card(item) {
    const [{ t, locale, day, fullDay, month }, tc] = await Promise.all([
      dueCardTexts(),
      getTranslations('cabinet'),
    ]);
    const address = tc('apartment.title', {
      building: item.apartment.building,
      flat: item.apartment.flat,
    });
    switch (item.type) {
      case 'readings':
        return {
          key: `readings-${item.readingKind}-${item.apartment.id}`,
          href: `/meters/${item.readingKind}?apartment=${item.apartment.id}`,
          title: t('readings.title', { kind: item.readingKind }),
          badge: item.closingSoon ? t('urgent') : null,
          address,
          details: [
            t('readings.closes', { period: month(item.period), date: day(item.closesOn) }),
            t('daysLeft', { days: item.daysLeft }),
            t('readings.metersLeft', { count: item.metersLeft }),
          ],
        };
      case 'epd': {
        // The status in the words of the ЕПД's own pages (lib/housing/epd-status-text).
        const text = await epdStatusText(locale);
        return {
          key: `epd-${item.epdId}`,
          href: `/housing/epd/${item.epdId}`,
          title: t('epd.title', { period: month(item.period) }),
          badge: text.badge(item.status),
          urgent: item.overdue,
          action: { href: `/housing/pay?epd=${item.epdId}`, label: t('epd.pay') },
          address,
          details: [
            text.summary(item.status),
            ...(item.overdue ? [] : [t('daysLeft', { days: item.daysLeft })]),
          ],
        };
      }
      case 'verification': {
        const kind = tc(`apartment.meterKind.${item.meterKind}`);
        return {
          key: `verification-${item.meterId}`,
          href: `/cabinet/apartments/${item.apartment.id}`,
          title: t(item.expired ? 'verification.expiredTitle' : 'verification.title', {
            serial: item.serialNumber,
          }),
          badge: item.expired ? t('overdue') : null,
          address,
          details: item.expired
            ? [t('verification.expired', { kind, date: fullDay(item.verifiedUntil) })]
            : [
                t('verification.until', { kind, date: fullDay(item.verifiedUntil) }),
                t('daysLeft', { days: item.daysLeft }),
              ],
        };
      }
    }
  },
};
