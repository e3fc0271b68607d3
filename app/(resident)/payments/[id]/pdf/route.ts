import { notFound } from 'next/navigation';
import { getPayment } from '@/db/queries/payments';
import { requireViewer } from '@/lib/auth/viewer';
import { epdText } from '@/lib/housing/epd-pdf';
import { epdPayee } from '@/lib/housing/qr';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';
import { renderReceiptPdf } from '@/lib/payments/receipt-pdf';
import { itemsWithPeriods } from '../payment-items';

const itemKind = { epd: 'itemEpd', fine: 'itemFine', meal_topup: 'itemMealTopup' } as const;

/** The receipt of a succeeded payment, in Russian whatever the page's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/payments/${encodeURIComponent(id)}`);
  const payment = await getPayment(viewer, id);
  if (!payment || payment.status !== 'succeeded' || !payment.receiptNumber || !payment.succeededAt)
    notFound();
  const [messages, text, items] = await Promise.all([
    loadMessages('ru') as unknown as Promise<{ payments: typeof PaymentsMessages }>,
    epdText('ru'),
    itemsWithPeriods(viewer, payment),
  ]);
  const m = messages.payments;
  const pdf = await renderReceiptPdf(
    {
      receiptNumber: payment.receiptNumber,
      status: m.status.succeeded,
      paidAt: payment.succeededAt,
      amountKopecks: payment.amountKopecks,
      cardLast4: payment.cardLast4,
      payee: epdPayee.name,
      items: items.map((item) => ({
        description: item.period
          ? m.receipt.epdItem.replace('{period}', text.period(item.period))
          : m.receipt[itemKind[item.kind]],
        amountKopecks: item.amountKopecks,
      })),
    },
    m.pdf,
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="receipt${payment.receiptNumber.replace(/[^\w-]/g, '')}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
