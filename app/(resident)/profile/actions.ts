'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { changePassword, signOutEverywhere, updateProfile } from '@/db/queries/accounts';
import { formatPhone } from '@/lib/accounts/contacts';
import { changePasswordSchema, profileSchema } from '@/lib/accounts/schemas';
import { signIn, signOut } from '@/server/auth/auth';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues, type ActionState } from '@/lib/forms/action-state';

const SIGN_IN_AGAIN = `/login?next=${encodeURIComponent('/profile')}`;

type ProfileField = 'fullName' | 'phone';

/** `message` is a key of `auth.profile`; `values` are what the form shows afterwards. */
export type ProfileState = ActionState<ProfileField> & {
  values?: { fullName: string; phone: string };
};

export async function updateProfileAction(
  _previous: ProfileState,
  formData: FormData,
): Promise<ProfileState> {
  const viewer = await getViewer();
  if (!viewer) redirect(SIGN_IN_AGAIN);
  const input = formValues(formData, 1000);
  const values = { fullName: input.fullName ?? '', phone: input.phone ?? '' };
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<ProfileField>(parsed.error), values };

  const result = await updateProfile(viewer, parsed.data);
  if (!result.ok) {
    if (result.error === 'unauthorized') redirect(SIGN_IN_AGAIN);
    return { status: 'error', fieldErrors: { phone: result.error }, values };
  }
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: 'edit.saved',
    values: { fullName: parsed.data.fullName, phone: formatPhone(parsed.data.phone) },
  };
}

type PasswordField = 'currentPassword' | 'newPassword' | 'newPasswordConfirm';

export type ChangePasswordState = ActionState<PasswordField>;

export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const viewer = await getViewer();
  if (!viewer) redirect(SIGN_IN_AGAIN);
  const parsed = changePasswordSchema.safeParse(formValues(formData, 1000));
  if (!parsed.success)
    return { status: 'error', fieldErrors: fieldErrorsOf<PasswordField>(parsed.error) };

  const { currentPassword, newPassword } = parsed.data;
  const result = await changePassword(viewer, { currentPassword, newPassword });
  if (!result.ok) {
    if (!('field' in result)) redirect(SIGN_IN_AGAIN);
    return { status: 'error', fieldErrors: { [result.field]: result.error } };
  }

  // The change ended every session, this one included: sign this device back in with the new
  // password. signIn redirects, so the page is rendered afresh with the new session cookie.
  try {
    await signIn('credentials', {
      login: result.email,
      password: newPassword,
      redirectTo: '/profile?notice=password-changed',
    });
  } catch (e) {
    if (e instanceof AuthError) redirect('/login?notice=password-changed');
    throw e;
  }
  return { status: 'idle' };
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await signOutEverywhere(viewer);
  await signOut({ redirectTo: '/login?notice=signed-out-everywhere' });
}
