import { notFound } from 'next/navigation';
import { requireViewer } from '@/server/auth/viewer';
import { paymentReceiptPdf, pdfResponse } from '../../receipt-pdfs';

/** The refund receipt of a refunded payment, in Russian. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/payments/${encodeURIComponent(id)}`);
  const receipt = await paymentReceiptPdf(viewer, id, 'refund');
  if (!receipt) notFound();
  return pdfResponse(receipt);
}
