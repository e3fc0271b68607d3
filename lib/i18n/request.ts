import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale, timeZone } from './config';
import { formats } from './formats';
import { loadMessages } from './messages';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, timeZone, formats, messages: await loadMessages(locale) };
});
