'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { PasswordField } from '@/components/ui/password-field';
import { PASSWORD_MAX } from '@/lib/accounts/limits';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ResetPasswordState } from '../../actions';

const idle: ResetPasswordState = { status: 'idle' };
const resetPasswordSchema = () =>
  import('@/lib/accounts/schemas').then((m) => m.resetPasswordSchema);

export function SetPasswordForm({
  action,
  token,
  email,
}: {
  action: (state: ResetPasswordState, formData: FormData) => Promise<ResetPasswordState>;
  token: string;
  /** The account's login, for password managers to save the new password against. */
  email: string;
}) {
  const t = useTranslations('auth');
  const { state, pending, register, errorOf, summary, formProps } = useActionForm({
    schema: resetPasswordSchema,
    action,
    initialState: idle,
    defaultValues: { token },
  });

  if (state.status === 'error' && state.formError === 'invalidLink')
    return (
      <div className="flex flex-col gap-3">
        <FormAlert>{t('reset.set.invalid')}</FormAlert>
        <Link href="/password/reset">{t('reset.set.requestAgain')}</Link>
      </div>
    );

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} />
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        label={t('reset.set.new')}
        hint={t('reset.set.newHint')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('newPassword')}
        {...register('newPassword')}
      />
      <PasswordField
        label={t('reset.set.confirm')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('newPasswordConfirm')}
        {...register('newPasswordConfirm')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('reset.set.submitting') : t('reset.set.submit')}
      </Button>
    </form>
  );
}
