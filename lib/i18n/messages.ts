import type { Locale } from './config';

// One JSON file per area and locale, merged into namespaces. Add an area: add its two files and a line to `areas`.
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
] as const;
export type Area = (typeof areas)[number];

export async function loadMessages(locale: Locale): Promise<Record<Area, Record<string, unknown>>> {
  const entries = await Promise.all(
    areas.map(async (area) => {
      const mod = (await import(`./messages/${locale}/${area}.json`)) as {
        default: Record<string, unknown>;
      };
      return [area, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Area, Record<string, unknown>>;
}

export { areas as messageAreas };
