'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ResetRequestState } from '../actions';

const idle: ResetRequestState = { status: 'idle' };
const resetRequestSchema = () => import('@/lib/accounts/schemas').then((m) => m.resetRequestSchema);

export function RequestResetForm({
  action,
  minutes,
}: {
  action: (state: ResetRequestState, formData: FormData) => Promise<ResetRequestState>;
  /** How long a link works, for the answer. */
  minutes: number;
}) {
  const t = useTranslations('auth.reset.request');
  const { state, pending, register, errorOf, summary, formProps } = useActionForm({
    schema: resetRequestSchema,
    action,
    initialState: idle,
  });

  if (state.status === 'success')
    return (
      <div className="flex flex-col gap-3">
        <FormAlert tone="success">{t('sent', { minutes })}</FormAlert>
        <p className="text-slate-700">{t('notArrived')}</p>
      </div>
    );

  const formError =
    state.status === 'error' && state.formError === 'tooMany'
      ? t('tooMany', { minutes: state.retryMinutes ?? 60 })
      : undefined;

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} formError={formError} />
      <Field
        label={t('login')}
        hint={t('loginHint')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        error={errorOf('login')}
        {...register('login')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
