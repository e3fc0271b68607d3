import { notFound } from 'next/navigation';
import { after, type NextRequest } from 'next/server';
import { getLocale } from 'next-intl/server';
import { recordUse } from '@/db/queries/usage';
import { getViewer } from '@/server/auth/viewer';
import { decisionPdf } from '@/lib/fines/decision-pdf';
import { discountedKopecks } from '@/lib/fines/status';
import { resolveLocale } from '@/lib/i18n/config';
import { fineForRequest } from '../fine-access';
import { pdfFaces } from '@/server/pdf/fonts';

// The постановление as a PDF, for the fine's owner or whoever has just checked it by its documents.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const fine = await fineForRequest(id, request.nextUrl.searchParams.get('t'));
  if (!fine) notFound();
  const { fileName, pdf } = await decisionPdf(
    {
      ...fine,
      discountedKopecks:
        fine.deadlines.discountUntil === null ? null : discountedKopecks(fine.amountKopecks),
    },
    resolveLocale(await getLocale()),
    pdfFaces(),
  );
  const viewer = await getViewer();
  if (viewer) after(() => recordUse('traffic-fines-decision', { userId: viewer.id }));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
