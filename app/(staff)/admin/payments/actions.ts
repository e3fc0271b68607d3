'use server';

import { revalidatePath } from 'next/cache';
import { refundPayment } from '@/db/queries/payments';
import { refundSchema, type RefundState } from '@/lib/admin/schemas';
import { canManagePayments } from '@/lib/auth/policy';
import { stateAction } from '@/server/action';
import { paymentProvider } from '@/server/payments/provider';

export const refundPaymentAction = stateAction({
  access: { staff: canManagePayments },
  schema: refundSchema,
  maxLength: 100,
  invalid: (fieldErrors): RefundState => ({ status: 'error', fieldErrors }),
  async handler({ paymentId }, { viewer, now }): Promise<RefundState> {
    // The DAL decides again who may do this.
    const result = await refundPayment(viewer, paymentId, paymentProvider(), now);
    if (!result.ok) return { status: 'error', formError: result.error };
    revalidatePath('/admin/payments');
    revalidatePath('/admin/audit');
    return { status: 'success' };
  },
});
