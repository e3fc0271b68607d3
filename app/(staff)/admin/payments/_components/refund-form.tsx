'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { RefundState } from '@/lib/admin/schemas';
import { refundPaymentAction } from '../actions';

const idle: RefundState = { status: 'idle' };

/**
 * Returns a payment's money: the admin ticks a confirmation naming the sum, then presses the button.
 * Once refunded, the page shows the payment as such and this form is gone.
 */
export function RefundForm({ paymentId, amount }: { paymentId: string; amount: string }) {
  const t = useTranslations('admin.payments');
  const tv = useTranslations('validation');
  const [state, formAction, pending] = useActionState(refundPaymentAction, idle);
  const id = useId();
  const messageId = `${id}-message`;
  const error =
    state.status === 'error'
      ? state.formError
        ? t(`result.${state.formError}`)
        : state.fieldErrors?.confirm
          ? t('result.confirmRequired')
          : tv('invalid')
      : null;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="paymentId" value={paymentId} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1 size-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? messageId : undefined}
        />
        <span>{t('confirm', { amount })}</span>
      </label>
      {error && (
        <p id={messageId} role="alert" className="text-sm font-medium text-accent-600">
          {error}
        </p>
      )}
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {pending ? t('refunding') : t('refund')}
      </Button>
    </form>
  );
}
