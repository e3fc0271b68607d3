'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { resetRequestSchema } from '@/lib/accounts/schemas';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ResetRequestState } from '../actions';

const idle: ResetRequestState = { status: 'idle' };

export function RequestResetForm({
  action,
  minutes,
}: {
  action: (state: ResetRequestState, formData: FormData) => Promise<ResetRequestState>;
  /** How long a link works, for the answer. */
  minutes: number;
}) {
  const t = useTranslations('auth.reset.request');
  const tForm = useTranslations('common.form');
  const { state, pending, form, errorOf, formProps } = useActionForm({
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

  let alert: string | undefined;
  if (state.status === 'error')
    alert =
      state.formError === 'tooMany'
        ? t('tooMany', { minutes: state.retryMinutes ?? 60 })
        : tForm('fixErrors');

  return (
    <form {...formProps} className="flex flex-col gap-4">
      {alert && <FormAlert>{alert}</FormAlert>}
      <Field
        label={t('login')}
        hint={t('loginHint')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        error={errorOf('login')}
        {...form.register('login')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
