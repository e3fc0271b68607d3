'use server';

import { revalidatePath } from 'next/cache';
import { refundPayment } from '@/db/queries/payments';
import { paymentProvider } from '@/server/payments/provider';
import { refundSchema, type RefundState } from '@/lib/admin/schemas';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues } from '@/lib/forms/action-state';

export async function refundPaymentAction(
  _previous: RefundState,
  formData: FormData,
): Promise<RefundState> {
  const viewer = await getViewer();
  const parsed = refundSchema.safeParse(formValues(formData, 100));
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) };
  // The DAL decides who may do this; without an admin session it answers notFound.
  const result = await refundPayment(viewer, parsed.data.paymentId, paymentProvider(), new Date());
  if (!result.ok) return { status: 'error', formError: result.error };
  revalidatePath('/admin/payments');
  revalidatePath('/admin/audit');
  return { status: 'success' };
}
