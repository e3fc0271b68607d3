'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Path } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { idleCard, type CardState } from '../card-state';

type Action = (state: CardState, formData: FormData) => Promise<CardState>;
type CardValues = { id: string; number: string; expiry: string; cvc: string; holder: string };

/** The acquirer's card form: checked here as the acquirer checks it, errors next to each field. */
export function CardForm({ id, action }: { id: string; action: Action }) {
  const t = useTranslations('payments');
  // The browser's clock only spares a round trip; the acquirer checks the expiry by its own.
  const schema = useMemo(() => {
    const now = new Date();
    return () => import('@/lib/payments/sandbox-forms').then((m) => m.cardFormSchema(now));
  }, []);
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema,
    action,
    initialState: idleCard,
    defaultValues: { id, number: '', expiry: '', cvc: '', holder: '' },
  });
  const errorOf = (name: Path<CardValues>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(`errors.${key}` as 'errors.cardNumberInvalid') : undefined;
  };
  const typed = state.values ?? {};

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <input type="hidden" defaultValue={id} {...register('id')} />
      <ErrorSummary
        {...summary}
        errorOf={errorOf}
        formError={
          state.status === 'error' &&
          state.formError &&
          t(`errors.${state.formError}` as 'errors.paymentNotFound')
        }
      />
      <Field
        label={t('sandbox.cardNumber')}
        hint={t('sandbox.cardNumberHint')}
        inputMode="numeric"
        autoComplete="cc-number"
        maxLength={23}
        defaultValue={typed.number}
        error={errorOf('number')}
        {...register('number')}
      />
      <div className="flex flex-wrap gap-4">
        <Field
          label={t('sandbox.expiry')}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          maxLength={7}
          className="w-40"
          defaultValue={typed.expiry}
          error={errorOf('expiry')}
          {...register('expiry')}
        />
        <Field
          label={t('sandbox.cvc')}
          type="password"
          inputMode="numeric"
          autoComplete="cc-csc"
          maxLength={3}
          className="w-28"
          error={errorOf('cvc')}
          {...register('cvc')}
        />
      </div>
      <Field
        label={t('sandbox.holder')}
        hint={t('sandbox.holderHint')}
        autoComplete="cc-name"
        autoCapitalize="characters"
        maxLength={64}
        defaultValue={typed.holder}
        error={errorOf('holder')}
        {...register('holder')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('sandbox.submitting') : t('sandbox.submit')}
      </Button>
    </form>
  );
}
