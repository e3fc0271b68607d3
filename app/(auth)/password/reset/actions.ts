'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestPasswordReset, resetPassword } from '@/db/queries/password-resets';
import { resetPasswordSchema, resetRequestSchema } from '@/lib/accounts/schemas';
import type { ActionState } from '@/lib/forms/action-state';
import { clientAddress } from '@/lib/security/client-address';
import { stateAction } from '@/server/action';

/** `sent` is the one answer to a request, whether or not the account exists. */
export type ResetRequestState = ActionState<'login'> & { retryMinutes?: number };

export const requestResetAction = stateAction({
  access: { anyone: true },
  schema: resetRequestSchema,
  invalid: (fieldErrors): ResetRequestState => ({ status: 'error', fieldErrors }),
  async handler({ login }, { now }): Promise<ResetRequestState> {
    const address = clientAddress(await headers());
    const result = await requestPasswordReset({ login, address, now });
    if (!result.ok)
      return {
        status: 'error',
        fieldErrors: {},
        formError: 'tooMany',
        retryMinutes: Math.ceil(result.retryAfterMs / 60_000),
      };
    return { status: 'success', message: 'sent' };
  },
});

export type ResetPasswordState = ActionState<'newPassword' | 'newPasswordConfirm'>;

export const resetPasswordAction = stateAction({
  access: { anyone: true },
  schema: resetPasswordSchema,
  invalid: (fieldErrors): ResetPasswordState => ({ status: 'error', fieldErrors }),
  async handler({ token, newPassword }, { now }): Promise<ResetPasswordState> {
    const result = await resetPassword({ token, newPassword, now });
    if (result.ok) redirect('/login?notice=password-reset');
    if (result.error === 'invalidLink')
      return { status: 'error', fieldErrors: {}, formError: 'invalidLink' };
    return { status: 'error', fieldErrors: { newPassword: result.error } };
  },
});
