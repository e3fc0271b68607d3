'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { startPayment } from '@/db/queries/payments';
import { finesPageOf, payFinesSchema } from '@/lib/fines/pay-form';
import { stateAction } from '@/server/action';
import { paymentProvider, paymentUrls } from '@/server/payments/provider';
import type { PayFinesState } from './pay-state';

// Paying one or several of the viewer's fines in one payment. The form sends each fine with the
// amount the payer was shown; startPayment computes what is due now and refuses a difference (the
// discount ended while the page was open), so nobody pays what they did not see (decision 017).

export const payFinesAction = stateAction({
  access: { signIn: (values) => finesPageOf(values.back) },
  schema: payFinesSchema,
  maxLength: 100,
  invalid: (fieldErrors): PayFinesState =>
    fieldErrors.fines
      ? { status: 'error', fieldErrors: { fines: 'noneSelected' } }
      : { status: 'error', fieldErrors: {}, formError: 'invalid' },
  async handler({ idempotencyKey, items }, { viewer, values, now }): Promise<PayFinesState> {
    const result = await startPayment(
      viewer,
      { idempotencyKey, items: items.map((item) => ({ kind: 'fine', ...item })) },
      paymentProvider(),
      paymentUrls(),
      now,
    );
    if (result.ok) redirect(result.payUrl ?? `/payments/${result.paymentId}`);
    // The page shows the fines afresh: new amounts, a fine paid meanwhile, a payment under way.
    revalidatePath(finesPageOf(values.back));
    return {
      status: 'error',
      fieldErrors: {},
      formError: result.error,
      paymentId: result.paymentId,
    };
  },
});
