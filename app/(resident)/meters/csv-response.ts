import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { getMeterHistory, type ReadingKind } from '@/db/queries/readings';
import { getViewer } from '@/server/auth/viewer';
import { readingsCsv } from '@/lib/housing/readings-csv';

/** The CSV download of one meter's history; another person's meter is not found. */
export async function readingsCsvResponse(kind: ReadingKind, meterId: string): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer)
    return new Response(null, {
      status: 303,
      headers: { Location: `/login?next=${encodeURIComponent(`/meters/${kind}`)}` },
    });
  const meter = await getMeterHistory(viewer, kind, meterId);
  if (!meter) return new Response('Not found', { status: 404 });
  const [t, locale] = await Promise.all([getTranslations('meters.csv'), getLocale()]);
  const body = readingsCsv(
    meter.history,
    {
      period: t('period'),
      zone: t('zone'),
      value: t('value'),
      consumption: t('consumption'),
    },
    locale === 'ru',
  );
  // The serial number is Cyrillic: an ASCII fallback name, and the real one per RFC 5987.
  const name = `readings-${meter.serialNumber}.csv`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="readings.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
