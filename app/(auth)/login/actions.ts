'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { loginSchema } from '@/lib/accounts/schemas';
import { signIn } from '@/server/auth/auth';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues, type ActionState } from '@/lib/forms/action-state';

type LoginField = 'login' | 'password';

/** formError is a key of `auth.login`; `locked` comes with the minutes to wait. */
export type LoginState = ActionState<LoginField> & {
  values?: { login: string };
  retryMinutes?: number;
};

export async function signInAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const input = formValues(formData, 1000);
  const next = safeNextPath(input.next);
  if (await getViewer()) redirect(next);

  const values = { login: input.login ?? '' };
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<LoginField>(parsed.error), values };

  try {
    // On success this throws Next's redirect to `next` with the session cookie set; let it through.
    await signIn('credentials', { ...parsed.data, redirectTo: next });
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
}
