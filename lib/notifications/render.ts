import { createTranslator } from 'next-intl';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import en from '@/lib/i18n/messages/en/notifications.json';
import ru from '@/lib/i18n/messages/ru/notifications.json';

// A notification is stored as a kind and its parameters; each reader (the inbox, an e-mail) renders it
// in their own language. A service adds its kinds to notifications.json under `kinds.<kind>.title|text`.

export type NotificationParams = Record<string, string | number>;

const messages = { ru, en } as const;

/** Kinds are data, so keys are built at run time; the typed translator only knows literal keys. */
type Translate = {
  (key: string, values?: NotificationParams): string;
  has(key: string): boolean;
};

const translator = (locale: Locale): Translate =>
  createTranslator({
    locale,
    timeZone,
    formats,
    messages: messages[locale],
    // A missing kind or parameter shows the generic title rather than a key or an error.
    onError: () => {},
    getMessageFallback: () => '',
  }) as unknown as Translate;

export type RenderedNotification = { title: string; text: string; subject: string };

export function renderNotification(
  locale: Locale,
  notification: { kind: string; params: NotificationParams },
): RenderedNotification {
  const t = translator(locale);
  const key = `kinds.${notification.kind}`;
  const known = /^[A-Za-z0-9]+$/.test(notification.kind) && t.has(`${key}.title`);
  const title = (known && t(`${key}.title`, notification.params)) || t('fallback.title');
  const text = known && t.has(`${key}.text`) ? t(`${key}.text`, notification.params) : '';
  return { title, text, subject: t('email.subject', { title }) };
}

/** The plain-text body of the e-mail copy. */
export function renderNotificationEmail(
  locale: Locale,
  notification: { kind: string; params: NotificationParams },
): { subject: string; text: string } {
  const t = translator(locale);
  const { title, text, subject } = renderNotification(locale, notification);
  return {
    subject,
    text: [t('email.greeting'), '', title, ...(text ? [text] : []), '', t('email.footer')].join(
      '\n',
    ),
  };
}
