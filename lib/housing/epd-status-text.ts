import { createFormatter, createTranslator } from 'next-intl';
import { calendarDate } from '@/lib/city';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats, kopecksToRoubles } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import type HousingMessages from '@/lib/i18n/messages/ru/housing.json';
import type { EpdPayLimit } from './epd-pay-limit';
import type { EpdStatus } from './epd-status';

// An ЕПД's status in words, from the `housing` messages outside any request, so the cabinet's card,
// the ЕПД list, its page and the pay page say it alike.

export type EpdStatusText = {
  /** The badge: «К оплате до 10 декабря», «Просрочен», «Оплачен частично», «Оплачен»… */
  badge: (status: EpdStatus) => string;
  /** A sentence with the sums and the date: what is paid, what remains and by when. */
  summary: (status: EpdStatus) => string;
  /** The amount field's hint: the largest amount and why it is that. */
  limitHint: (limit: EpdPayLimit) => string;
};

// The words depend on the locale only: each is put together once per process, with its formatters
// (Intl's date and number formats are costly to build, and a card of the cabinet asks on every view).
const made = new Map<Locale, Promise<EpdStatusText>>();

export function epdStatusText(locale: Locale): Promise<EpdStatusText> {
  let text = made.get(locale);
  if (!text) made.set(locale, (text = makeEpdStatusText(locale)));
  return text;
}

async function makeEpdStatusText(locale: Locale): Promise<EpdStatusText> {
  // Typed by the Russian file, so a missing key fails to compile; the parity test keeps English in step.
  const messages = (await loadMessages(locale)) as unknown as { housing: typeof HousingMessages };
  const t = createTranslator({ locale, messages, namespace: 'housing', formats, timeZone });
  const format = createFormatter({ locale, formats, timeZone });
  const money = (kopecks: number) => format.number(kopecksToRoubles(kopecks), 'rub');
  const date = (day: string) => format.dateTime(calendarDate(day), 'long');
  const period = (p: string) => format.dateTime(calendarDate(p), 'monthYear');

  return {
    badge(status) {
      if (status.kind === 'toPay')
        return t('epd.status.badge.toPay', {
          date: format.dateTime(calendarDate(status.dueDate), 'dayMonth'),
        });
      return t(`epd.status.badge.${status.kind}`);
    },
    summary(status) {
      switch (status.kind) {
        case 'toPay':
          return t('epd.status.summary.toPay', {
            remaining: money(status.remainingKopecks),
            date: date(status.dueDate),
          });
        case 'partlyPaid':
          return t('epd.status.summary.partlyPaid', {
            paid: money(status.paidKopecks),
            remaining: money(status.remainingKopecks),
            date: date(status.dueDate),
          });
        case 'overdue':
          return status.paidKopecks > 0
            ? t('epd.status.summary.overduePartly', {
                paid: money(status.paidKopecks),
                remaining: money(status.remainingKopecks),
                date: date(status.dueDate),
              })
            : t('epd.status.summary.overdue', {
                remaining: money(status.remainingKopecks),
                date: date(status.dueDate),
              });
        case 'paid':
        case 'nothingToPay':
          return status.creditKopecks > 0
            ? t(`epd.status.summary.${status.kind}WithCredit`, {
                credit: money(status.creditKopecks),
              })
            : t(`epd.status.summary.${status.kind}`);
        case 'carried':
          return t('epd.status.summary.carried', {
            remaining: money(status.remainingKopecks),
            period: period(status.into.period),
          });
      }
    },
    limitHint(limit) {
      const max = money(limit.maxKopecks);
      if (limit.reason === 'advance')
        return t('pay.limit.advance', {
          limit: max,
          remaining: money(limit.remainingKopecks),
          advance: money(limit.advanceKopecks),
        });
      return t(`pay.limit.${limit.reason}`, { limit: max });
    },
  };
}
