'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { idlePay, type PayState } from '../pay-state';

const payEpdFormSchema = () => import('@/lib/housing/pay-form').then((m) => m.payEpdFormSchema);

type Action = (state: PayState, formData: FormData) => Promise<PayState>;

/**
 * The amount to pay towards one ЕПД. The idempotency key comes from the server page, so a double
 * click or a resent form is one payment; the action sends the payer on to the acquirer.
 */
export function PayForm({
  epdId,
  idempotencyKey,
  defaultAmount,
  limit,
  limitHint,
  action,
}: {
  epdId: string;
  idempotencyKey: string;
  /** The remaining amount as a person would type it, e.g. "2 345,67". */
  defaultAmount: string;
  /** The largest allowed amount, already formatted. */
  limit: string;
  /** The amount's hint saying why the largest amount is that (lib/housing epd-status-text). */
  limitHint?: string;
  action: Action;
}) {
  const t = useTranslations('payments');
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema: payEpdFormSchema,
    action,
    initialState: idlePay,
    defaultValues: { epdId, idempotencyKey, amount: defaultAmount },
  });
  const errorOf = (name: 'epdId' | 'amount' | 'idempotencyKey'): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(`errors.${key}` as 'errors.required') : undefined;
  };
  const formError = state.status === 'error' ? state.formError : undefined;

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <input type="hidden" defaultValue={epdId} {...register('epdId')} />
      <input type="hidden" defaultValue={idempotencyKey} {...register('idempotencyKey')} />
      <ErrorSummary
        {...summary}
        errorOf={errorOf}
        formError={
          formError && (
            <>
              <p>{t(`errors.${formError}` as 'errors.notFound')}</p>
              {formError === 'inProgress' && state.paymentId && (
                <p className="mt-1">
                  <Link href={`/payments/${state.paymentId}`} className="font-semibold">
                    {t('pay.openPayment')}
                  </Link>
                </p>
              )}
            </>
          )
        }
      />
      <Field
        label={t('pay.amount')}
        hint={limitHint ?? t('pay.amountHint', { limit })}
        inputMode="decimal"
        autoComplete="off"
        maxLength={32}
        required
        className="max-w-xs"
        defaultValue={state.values?.amount ?? defaultAmount}
        error={errorOf('amount')}
        {...register('amount')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('pay.submitting') : t('pay.submit')}
      </Button>
    </form>
  );
}
