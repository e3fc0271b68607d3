import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Area } from '@/lib/i18n/messages';

const everywhere: Area[] = ['common', 'validation'];

/**
 * Sends the browser only the message areas its client components use; the rest (the catalogue's
 * long texts, say) stay on the server, which keeps every page's HTML small.
 */
export async function ClientMessages({
  areas = [],
  children,
}: {
  areas?: Area[];
  children: React.ReactNode;
}) {
  const all = (await getMessages()) as Record<Area, unknown>;
  const messages = Object.fromEntries([...everywhere, ...areas].map((area) => [area, all[area]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
