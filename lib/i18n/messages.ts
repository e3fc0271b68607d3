import type { Locale } from './config';

// One JSON file per area and locale, merged into namespaces. The portal's own areas and those of its
// first services are listed here; a service module brings further areas of its own by declaring them
// (ServiceModule.messages in services/types.ts), and the request config loads those too.
const areas = [
  'common',
  'validation',
  'documents',
  'auth',
  'cabinet',
  'catalogue',
  'admin',
  'notifications',
  'housing',
  'meters',
  'payments',
  'health',
  'fines',
  'dataAccess',
  'calendar',
] as const;
export type Area = (typeof areas)[number];

type Messages = Record<Area, Record<string, unknown>> & Record<string, Record<string, unknown>>;

// The files never change while the server runs: each locale's set is put together once, not on every
// request (the request config asks for it on each).
const loaded = new Map<string, Promise<Messages>>();

/** The messages of `areas` and of the `more` a caller names (a service module's own). */
export function loadMessages(locale: Locale, more: readonly string[] = []): Promise<Messages> {
  const key = `${locale}:${more.join(',')}`;
  let messages = loaded.get(key);
  if (!messages) {
    messages = Promise.all(
      [...areas, ...more].map(async (area) => {
        const mod = (await import(`./messages/${locale}/${area}.json`)) as {
          default: Record<string, unknown>;
        };
        return [area, mod.default] as const;
      }),
    ).then((entries) => Object.fromEntries(entries) as Messages);
    // A failed load (a missing area) is not kept: the next request tries again and reports it.
    messages.catch(() => loaded.delete(key));
    loaded.set(key, messages);
  }
  return messages;
}

export { areas as messageAreas };
