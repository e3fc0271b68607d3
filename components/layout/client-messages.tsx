import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Area } from '@/lib/i18n/messages';

type Parts = Partial<Record<string, readonly string[]>>;

// What every page's client components read: the error page's texts (app/error.tsx).
const shell: Parts = { common: ['error'] };
// What every form adds: the error summary's texts and the field checks' messages.
const forForms: Parts = { common: ['error', 'form'], validation: undefined };

/**
 * Sends the browser only the messages its client components use; the rest stays on the server,
 * which renders it into the HTML. Without `areas` (the root layout) that is the error boundary's
 * few texts; with them (around a form) also the form's own area, the error summary and the field
 * checks. Every message sent to the browser is sent twice (in the HTML's RSC payload and as the
 * provider's props), so a page's wrapper names only what its forms use.
 */
export async function ClientMessages({
  areas,
  parts,
  children,
}: {
  /** The portal's areas, or a service module's own (ServiceModule.messages). */
  areas?: (Area | (string & {}))[];
  /** For a large area, only these of its top-level keys (the rest is for the server's texts). */
  parts?: Parts;
  children: React.ReactNode;
}) {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const base = areas ? forForms : shell;
  const wanted: Parts = {
    ...base,
    ...Object.fromEntries(areas?.map((a) => [a, undefined]) ?? []),
    ...parts,
  };
  const messages = Object.fromEntries(
    Object.entries(wanted).map(([area, keys]) => [
      area,
      keys ? Object.fromEntries(keys.map((key) => [key, all[area]?.[key]])) : all[area],
    ]),
  );
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
