'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ProfileState } from '../actions';

const idle: ProfileState = { status: 'idle' };
const profileSchema = () => import('@/lib/accounts/schemas').then((m) => m.profileSchema);

export function ProfileForm({
  action,
  initial,
}: {
  action: (state: ProfileState, formData: FormData) => Promise<ProfileState>;
  initial: { fullName: string; phone: string };
}) {
  const t = useTranslations('auth.profile');
  const tForm = useTranslations('common.form');
  const { state, pending, form, register, errorOf, summary, formProps } = useActionForm({
    schema: profileSchema,
    action,
    initialState: idle,
    defaultValues: initial,
  });
  const values = state.status === 'idle' ? initial : (state.values ?? initial);
  const { reset } = form;

  // Show the phone as it was stored (normalised), and start clean for the next edit.
  useEffect(() => {
    if (state.status === 'success' && state.values) reset(state.values);
  }, [state, reset]);

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} />
      {state.status === 'success' && state.message && (
        <FormAlert tone="success">{t(state.message)}</FormAlert>
      )}
      <Field
        label={t('edit.fullName')}
        autoComplete="name"
        maxLength={150}
        required
        defaultValue={values.fullName}
        error={errorOf('fullName')}
        {...register('fullName')}
      />
      <Field
        label={t('edit.phone')}
        hint={t('edit.phoneHint')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        maxLength={32}
        required
        defaultValue={values.phone}
        error={errorOf('phone')}
        {...register('phone')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? tForm('saving') : t('edit.submit')}
      </Button>
    </form>
  );
}
