'use server';

import { redirect } from 'next/navigation';
import { startPayment } from '@/db/queries/payments';
import { paymentProvider, paymentUrls } from '@/server/payments/provider';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues } from '@/lib/forms/action-state';
import { payFormSchema, type PayField, type PayState } from './pay-state';

// The ЕПД payment form: the payer goes to the acquirer's card page, or (the key's payment already
// finished) straight to its receipt. Field errors and `formError` are keys of `payments.errors`.

export async function payEpdAction(_previous: PayState, formData: FormData): Promise<PayState> {
  const input = formValues(formData, 100);
  const viewer = await getViewer();
  if (!viewer) {
    const back = input.epdId
      ? `/housing/pay?epd=${encodeURIComponent(input.epdId)}`
      : '/housing/pay';
    redirect(`/login?next=${encodeURIComponent(back)}`);
  }
  const values = { amount: input.amount ?? '' };
  const parsed = payFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<PayField | 'epdId' | 'idempotencyKey'>(parsed.error);
    // A broken hidden field is not the payer's to fix: say so above the form.
    const formError = fieldErrors.epdId ?? fieldErrors.idempotencyKey;
    return {
      status: 'error',
      fieldErrors: fieldErrors.amount ? { amount: fieldErrors.amount } : {},
      formError,
      values,
    };
  }
  const { epdId, amount, idempotencyKey } = parsed.data;
  const result = await startPayment(
    viewer,
    { idempotencyKey, items: [{ kind: 'epd', refId: epdId, amountKopecks: amount }] },
    paymentProvider(),
    paymentUrls(),
    new Date(),
  );
  if (result.ok) redirect(result.payUrl ?? `/payments/${result.paymentId}`);
  switch (result.error) {
    case 'amountNotPositive':
    case 'amountAboveEpdLimit':
    case 'amountTooLarge':
      return { status: 'error', fieldErrors: { amount: result.error }, values };
    default:
      return {
        status: 'error',
        fieldErrors: {},
        formError: result.error,
        paymentId: result.paymentId,
        values,
      };
  }
}
