import 'server-only';
import { getPayment } from '@/db/queries/payments';
import type { Viewer } from '@/lib/auth/roles';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';
import {
  receiptFacts,
  receiptFileName,
  renderReceiptPdf,
  renderRefundReceiptPdf,
  type ReceiptKind,
} from '@/lib/payments/receipt-pdf';
import { paymentItemViews, paymentPayee } from '@/services/payments/items';
import { pdfFaces } from '@/server/pdf/fonts';

/**
 * A payment's receipt, or its refund receipt, for its payer: in Russian whatever the page's language.
 * A refunded payment keeps its receipt, marked refunded, and has the refund's besides. Null for
 * another person's payment, or a receipt the payment does not have; both routes answer that 404.
 */
export async function paymentReceiptPdf(
  viewer: Viewer,
  id: string,
  kind: ReceiptKind,
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const payment = await getPayment(viewer, id);
  const facts = payment && receiptFacts(payment);
  if (!payment || !facts) return null;
  const refundedAt = facts.refundedAt;
  if (kind === 'refund' && !refundedAt) return null;
  const [messages, items] = await Promise.all([
    loadMessages('ru') as unknown as Promise<{ payments: typeof PaymentsMessages }>,
    paymentItemViews(viewer, payment, { locale: 'ru', now: new Date() }),
  ]);
  const m = messages.payments;
  const data = {
    receiptNumber: facts.receiptNumber,
    paidAt: facts.paidAt,
    amountKopecks: payment.amountKopecks,
    cardLast4: payment.cardLast4,
    payee: paymentPayee(payment),
    items: items.map((item) => ({ description: item.name, amountKopecks: item.amountKopecks })),
  };
  const pdf =
    kind === 'refund' && refundedAt
      ? await renderRefundReceiptPdf({ ...data, refundedAt }, m.refundPdf, pdfFaces())
      : await renderReceiptPdf(
          { ...data, status: m.status[payment.status], refundedAt },
          m.pdf,
          pdfFaces(),
        );
  return { fileName: receiptFileName(kind, facts.receiptNumber), pdf };
}

/** The PDF as a download that no cache keeps. */
export const pdfResponse = ({ fileName, pdf }: { fileName: string; pdf: Buffer }) =>
  new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
