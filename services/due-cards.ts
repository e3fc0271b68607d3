import 'server-only';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { calendarDate } from '@/lib/city';
import { resolveLocale } from '@/lib/i18n/config';
import { kopecksToRoubles } from '@/lib/i18n/formats';

/** What every «due this month» card is written with: the shared words and the reader's formats. */
export async function dueCardTexts() {
  const [t, format, locale] = await Promise.all([
    getTranslations('cabinet.due'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  return {
    t,
    locale,
    format,
    day: (date: string) => format.dateTime(calendarDate(date), 'dayMonth'),
    fullDay: (date: string) => format.dateTime(calendarDate(date), 'long'),
    month: (period: string) => format.dateTime(calendarDate(period), 'monthYear'),
    rubles: (kopecks: number) => format.number(kopecksToRoubles(kopecks), 'rub'),
  };
}
