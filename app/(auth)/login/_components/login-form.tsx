'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { PasswordField } from '@/components/ui/password-field';
import { PASSWORD_MAX } from '@/lib/accounts/limits';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { LoginState } from '../actions';

const idle: LoginState = { status: 'idle' };
const loginSchema = () => import('@/lib/accounts/schemas').then((m) => m.loginSchema);

export function LoginForm({
  action,
  next,
}: {
  action: (state: LoginState, formData: FormData) => Promise<LoginState>;
  /** Where to go after signing in; checked again by the action. */
  next: string;
}) {
  const t = useTranslations('auth');
  const { state, pending, register, errorOf, summary, formProps } = useActionForm({
    schema: loginSchema,
    action,
    initialState: idle,
  });
  const values = state.status === 'error' ? state.values : undefined;

  let formError: string | undefined;
  if (state.status === 'error') {
    if (state.formError === 'locked')
      formError = t('login.locked', { minutes: state.retryMinutes ?? 15 });
    else if (state.formError === 'invalidCredentials' || state.formError === 'unavailable')
      formError = t(`login.${state.formError}`);
  }

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} formError={formError} />
      <input type="hidden" name="next" value={next} />
      <Field
        label={t('login.login')}
        hint={t('login.loginHint')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        defaultValue={values?.login}
        error={errorOf('login')}
        {...register('login')}
      />
      <PasswordField
        label={t('login.password')}
        showLabel={t('password.show')}
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('password')}
        {...register('password')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
