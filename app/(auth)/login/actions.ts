'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { loginSchema } from '@/lib/accounts/schemas';
import { safeNextPath } from '@/lib/auth/safe-next';
import type { ActionState } from '@/lib/forms/action-state';
import { stateAction } from '@/server/action';
import { signIn } from '@/server/auth/auth';

type LoginField = 'login' | 'password';

/** formError is a key of `auth.login`; `locked` comes with the minutes to wait. */
export type LoginState = ActionState<LoginField> & {
  values?: { login: string };
  retryMinutes?: number;
};

export const signInAction = stateAction({
  // Already signed in: straight on to where the form was taking them.
  access: { guest: (values) => safeNextPath(values.next) },
  schema: loginSchema,
  invalid: (fieldErrors, { values }): LoginState => ({
    status: 'error',
    fieldErrors,
    values: { login: values.login ?? '' },
  }),
  async handler(input, { values: typed }): Promise<LoginState> {
    const values = { login: typed.login ?? '' };
    try {
      // On success this throws Next's redirect to `next` with the session cookie set; let it through.
      await signIn('credentials', { ...input, redirectTo: safeNextPath(typed.next) });
    } catch (e) {
      if (e instanceof CredentialsSignin) {
        const locked = /^locked-(\d+)$/.exec(e.code);
        return locked
          ? {
              status: 'error',
              fieldErrors: {},
              formError: 'locked',
              retryMinutes: Number(locked[1]),
              values,
            }
          : { status: 'error', fieldErrors: {}, formError: 'invalidCredentials', values };
      }
      if (e instanceof AuthError)
        return { status: 'error', fieldErrors: {}, formError: 'unavailable', values };
      throw e;
    }
    return { status: 'idle' };
  },
});
