'use server';

import { redirect } from 'next/navigation';
import { startPayment } from '@/db/queries/payments';
import { payEpdFormSchema } from '@/lib/housing/pay-form';
import { stateAction } from '@/server/action';
import { paymentProvider, paymentUrls } from '@/server/payments/provider';
import type { PayState } from './pay-state';

// The ЕПД payment form: the payer goes to the acquirer's card page, or (the key's payment already
// finished) straight to its receipt. Field errors and `formError` are keys of `payments.errors`.

export const payEpdAction = stateAction({
  access: {
    signIn: (values) =>
      values.epdId ? `/housing/pay?epd=${encodeURIComponent(values.epdId)}` : '/housing/pay',
  },
  schema: payEpdFormSchema,
  maxLength: 100,
  // A broken hidden field is not the payer's to fix: say so above the form.
  invalid: (fieldErrors, { values }): PayState => ({
    status: 'error',
    fieldErrors: fieldErrors.amount ? { amount: fieldErrors.amount } : {},
    formError: fieldErrors.epdId ?? fieldErrors.idempotencyKey,
    values: { amount: values.amount ?? '' },
  }),
  async handler({ epdId, amount, idempotencyKey }, { viewer, values, now }): Promise<PayState> {
    const typed = { amount: values.amount ?? '' };
    const result = await startPayment(
      viewer,
      { idempotencyKey, items: [{ kind: 'epd', refId: epdId, amountKopecks: amount }] },
      paymentProvider(),
      paymentUrls(),
      now,
    );
    if (result.ok) redirect(result.payUrl ?? `/payments/${result.paymentId}`);
    switch (result.error) {
      case 'amountNotPositive':
      case 'amountAboveEpdLimit':
      case 'amountTooLarge':
        return { status: 'error', fieldErrors: { amount: result.error }, values: typed };
      default:
        return {
          status: 'error',
          fieldErrors: {},
          formError: result.error,
          paymentId: result.paymentId,
          values: typed,
        };
    }
  },
});
