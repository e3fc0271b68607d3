import { notFound } from 'next/navigation';
import { getPayment } from '@/db/queries/payments';
import { requireViewer } from '@/server/auth/viewer';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';
import { renderReceiptPdf } from '@/lib/payments/receipt-pdf';
import { paymentItemViews, paymentPayee } from '@/services/payments/items';
import { pdfFaces } from '@/server/pdf/fonts';

/** The receipt of a succeeded payment, in Russian whatever the page's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/payments/${encodeURIComponent(id)}`);
  const payment = await getPayment(viewer, id);
  if (!payment || payment.status !== 'succeeded' || !payment.receiptNumber || !payment.succeededAt)
    notFound();
  const [messages, items] = await Promise.all([
    loadMessages('ru') as unknown as Promise<{ payments: typeof PaymentsMessages }>,
    paymentItemViews(viewer, payment, { locale: 'ru', now: new Date() }),
  ]);
  const m = messages.payments;
  const pdf = await renderReceiptPdf(
    {
      receiptNumber: payment.receiptNumber,
      status: m.status.succeeded,
      paidAt: payment.succeededAt,
      amountKopecks: payment.amountKopecks,
      cardLast4: payment.cardLast4,
      payee: paymentPayee(payment),
      items: items.map((item) => ({ description: item.name, amountKopecks: item.amountKopecks })),
    },
    m.pdf,
    pdfFaces(),
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="receipt${payment.receiptNumber.replace(/[^\w-]/g, '')}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
