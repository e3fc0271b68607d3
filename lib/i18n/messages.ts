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

/** The messages of `areas` and of the `more` a caller names (a service module's own). */
export async function loadMessages(
  locale: Locale,
  more: readonly string[] = [],
): Promise<Record<Area, Record<string, unknown>> & Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    [...areas, ...more].map(async (area) => {
      const mod = (await import(`./messages/${locale}/${area}.json`)) as {
        default: Record<string, unknown>;
      };
      return [area, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Area, Record<string, unknown>> &
    Record<string, Record<string, unknown>>;
}

export { areas as messageAreas };
