import { notFound } from 'next/navigation';
import { requireViewer } from '@/server/auth/viewer';
import { paymentReceiptPdf, pdfResponse } from '../receipt-pdfs';

/** The receipt of a payment that went through (marked refunded once it is), in Russian. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/payments/${encodeURIComponent(id)}`);
  const receipt = await paymentReceiptPdf(viewer, id, 'payment');
  if (!receipt) notFound();
  return pdfResponse(receipt);
}
