import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { getLocale } from 'next-intl/server';
import { getEpd } from '@/db/queries/epd';
import { recordUse } from '@/db/queries/usage';
import { requireViewer } from '@/server/auth/viewer';
import { epdPdf } from '@/lib/housing/epd-pdf';
import { resolveLocale } from '@/lib/i18n/config';
import { pdfFaces } from '@/server/pdf/fonts';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/housing/epd/${encodeURIComponent(id)}/pdf`);
  const epd = await getEpd(viewer, id);
  if (!epd) notFound();
  const { fileName, pdf } = await epdPdf(epd, resolveLocale(await getLocale()), pdfFaces());
  after(() => recordUse('epd', { userId: viewer.id }));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
