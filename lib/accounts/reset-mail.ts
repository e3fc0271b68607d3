import { createTranslator } from 'next-intl';
import { timeZone, type Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/auth.json';
import ru from '@/lib/i18n/messages/ru/auth.json';

// The e-mail with a password reset's link, in the account's language. It goes to the mail outbox
// only, never to the inbox: the link opens the account.

const messages = { ru, en } as const;

export function renderResetMail(
  locale: Locale,
  params: { email: string; link: string; minutes: number },
): { subject: string; text: string } {
  const t = createTranslator({
    locale,
    timeZone,
    messages: messages[locale],
    namespace: 'reset.mail',
  });
  return { subject: t('subject'), text: t('text', params) };
}
