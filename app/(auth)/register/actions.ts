'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { registerAccount } from '@/db/queries/accounts';
import { registerSchema } from '@/lib/accounts/schemas';
import { DEFAULT_AFTER_SIGN_IN } from '@/lib/auth/safe-next';
import type { ActionState } from '@/lib/forms/action-state';
import { stateAction, type FormValues } from '@/server/action';
import { signIn } from '@/server/auth/auth';

type RegisterField = 'fullName' | 'email' | 'phone' | 'password' | 'passwordConfirm';

/** Passwords are never sent back; the rest refills the form when it was posted without JS. */
export type RegisterState = ActionState<RegisterField> & {
  values?: { fullName: string; email: string; phone: string };
};

const typed = (values: FormValues) => ({
  fullName: values.fullName ?? '',
  email: values.email ?? '',
  phone: values.phone ?? '',
});

export const registerAction = stateAction({
  access: { guest: DEFAULT_AFTER_SIGN_IN },
  schema: registerSchema,
  invalid: (fieldErrors, { values }): RegisterState => ({
    status: 'error',
    fieldErrors,
    values: typed(values),
  }),
  async handler({ fullName, email, phone, password }, { values }): Promise<RegisterState> {
    const result = await registerAccount({ fullName, email, phone, password });
    if (!result.ok)
      return {
        status: 'error',
        fieldErrors: { [result.field]: result.error },
        values: typed(values),
      };
    try {
      // Redirects to the cabinet with the session cookie set.
      await signIn('credentials', { login: email, password, redirectTo: DEFAULT_AFTER_SIGN_IN });
    } catch (e) {
      // The account exists; only the sign-in failed (e.g. this address is locked): send them to sign in.
      if (e instanceof AuthError) redirect('/login?notice=registered');
      throw e;
    }
    return { status: 'idle' };
  },
});
