import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale, timeZone } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import { serviceMessageAreas } from '@/services/registry';
import { scopedLocale } from './locale-scope';

export default getRequestConfig(async () => {
  const locale = scopedLocale() ?? resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, timeZone, formats, messages: await loadMessages(locale, serviceMessageAreas()) };
});
