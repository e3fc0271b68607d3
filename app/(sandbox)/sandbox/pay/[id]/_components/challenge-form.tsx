'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { idleChallenge, type ChallengeState } from '../card-state';

const challengeFormSchema = () =>
  import('@/lib/payments/sandbox-forms').then((m) => m.challengeFormSchema);

type Action = (state: ChallengeState, formData: FormData) => Promise<ChallengeState>;

/** The acquirer's extra confirmation step (its 3-D Secure): a wrong code declines the payment. */
export function ChallengeForm({ id, action }: { id: string; action: Action }) {
  const t = useTranslations('payments');
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema: challengeFormSchema,
    action,
    initialState: idleChallenge,
    defaultValues: { id, code: '' },
  });
  const errorOf = (name: 'id' | 'code'): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(`errors.${key}` as 'errors.codeRequired') : undefined;
  };

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
        label={t('sandbox.code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={16}
        className="max-w-48"
        error={errorOf('code')}
        {...register('code')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('sandbox.confirming') : t('sandbox.confirm')}
      </Button>
    </form>
  );
}
