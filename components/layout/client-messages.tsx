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
  parts,
  children,
}: {
  /** The portal's areas, or a service module's own (ServiceModule.messages). */
  areas?: (Area | (string & {}))[];
  /** For a large area, only these of its top-level keys (the rest is for the server's texts). */
  parts?: Partial<Record<string, readonly string[]>>;
  children: React.ReactNode;
}) {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const pick = (area: string) => {
    const keys = parts?.[area];
    return keys ? Object.fromEntries(keys.map((key) => [key, all[area]?.[key]])) : all[area];
  };
  const messages = Object.fromEntries([...everywhere, ...areas].map((area) => [area, pick(area)]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
