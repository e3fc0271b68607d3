'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { PasswordField } from '@/components/ui/password-field';
import { PASSWORD_MAX } from '@/lib/accounts/limits';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import type { ChangePasswordState } from '../actions';

const idle: ChangePasswordState = { status: 'idle' };
const changePasswordSchema = () =>
  import('@/lib/accounts/schemas').then((m) => m.changePasswordSchema);

export function ChangePasswordForm({
  action,
  email,
}: {
  action: (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;
  /** The account's login, for password managers to save the new password against. */
  email: string;
}) {
  const t = useTranslations('auth');
  const tForm = useTranslations('common.form');
  const { pending, register, errorOf, summary, formProps } = useActionForm({
    schema: changePasswordSchema,
    action,
    initialState: idle,
  });

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary {...summary} errorOf={errorOf} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        label={t('profile.password.current')}
        showLabel={t('password.show')}
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('currentPassword')}
        {...register('currentPassword')}
      />
      <PasswordField
        label={t('profile.password.new')}
        hint={t('profile.password.newHint')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('newPassword')}
        {...register('newPassword')}
      />
      <PasswordField
        label={t('profile.password.confirm')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={errorOf('newPasswordConfirm')}
        {...register('newPasswordConfirm')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? tForm('saving') : t('profile.password.submit')}
      </Button>
    </form>
  );
}
