'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { registerAccount } from '@/db/queries/accounts';
import { registerSchema } from '@/lib/accounts/schemas';
import { signIn } from '@/server/auth/auth';
import { DEFAULT_AFTER_SIGN_IN } from '@/lib/auth/safe-next';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues, type ActionState } from '@/lib/forms/action-state';

type RegisterField = 'fullName' | 'email' | 'phone' | 'password' | 'passwordConfirm';

/** Passwords are never sent back; the rest refills the form when it was posted without JS. */
export type RegisterState = ActionState<RegisterField> & {
  values?: { fullName: string; email: string; phone: string };
};

export async function registerAction(
  _previous: RegisterState,
  formData: FormData,
): Promise<RegisterState> {
  if (await getViewer()) redirect(DEFAULT_AFTER_SIGN_IN);
  const input = formValues(formData, 1000);
  const values = {
    fullName: input.fullName ?? '',
    email: input.email ?? '',
    phone: input.phone ?? '',
  };
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<RegisterField>(parsed.error), values };

  const { fullName, email, phone, password } = parsed.data;
  const result = await registerAccount({ fullName, email, phone, password });
  if (!result.ok) return { status: 'error', fieldErrors: { [result.field]: result.error }, values };

  try {
    // Redirects to the cabinet with the session cookie set.
    await signIn('credentials', { login: email, password, redirectTo: DEFAULT_AFTER_SIGN_IN });
  } catch (e) {
    // The account exists; only the sign-in failed (e.g. this address is locked): send them to sign in.
    if (e instanceof AuthError) redirect('/login?notice=registered');
    throw e;
  }
  return { status: 'idle' };
}
