import { createTranslator } from 'next-intl';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';

/** The `payments.receipt` texts in a language, outside any request (pages and the receipt PDF alike). */
export async function receiptTexts(locale: Locale) {
  // Typed by the Russian file, so a missing key fails to compile; the parity test keeps English in step.
  const messages = (await loadMessages(locale)) as unknown as { payments: typeof PaymentsMessages };
  return createTranslator({ locale, messages, namespace: 'payments.receipt', formats, timeZone });
}
