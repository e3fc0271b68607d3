'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { PasswordField } from '@/components/ui/password-field';
import { PASSWORD_MAX } from '@/lib/accounts/limits';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { RegisterState } from '../actions';

const idle: RegisterState = { status: 'idle' };
const registerSchema = () => import('@/lib/accounts/schemas').then((m) => m.registerSchema);

export function RegisterForm({
  action,
}: {
  action: (state: RegisterState, formData: FormData) => Promise<RegisterState>;
}) {
  const t = useTranslations('auth');
  const { state, pending, register, errorOf, summary, formProps } = useActionForm({
    schema: registerSchema,
    action,
    initialState: idle,
  });
  const values = state.status === 'error' ? state.values : undefined;

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} />
      <Field
        label={t('register.fullName')}
        hint={t('register.fullNameHint')}
        autoComplete="name"
        maxLength={150}
        required
        defaultValue={values?.fullName}
        error={errorOf('fullName')}
        {...register('fullName')}
      />
      <Field
        label={t('register.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        defaultValue={values?.email}
        error={errorOf('email')}
        {...register('email')}
      />
      <Field
        label={t('register.phone')}
        hint={t('register.phoneHint')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        maxLength={32}
        required
        defaultValue={values?.phone}
        error={errorOf('phone')}
        {...register('phone')}
      />
      <PasswordField
        label={t('register.password')}
        hint={t('register.passwordHint')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('password')}
        {...register('password')}
      />
      <PasswordField
        label={t('register.passwordConfirm')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('passwordConfirm')}
        {...register('passwordConfirm')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('register.submitting') : t('register.submit')}
      </Button>
    </form>
  );
}
