import { CITY_TIME_ZONE } from '@/lib/city/clock';

export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ru';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
/** All dates and times on the portal are the city's. */
export const timeZone = CITY_TIME_ZONE;

export function resolveLocale(value: string | undefined | null): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : defaultLocale;
}
