'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { changePassword, signOutEverywhere, updateProfile } from '@/db/queries/accounts';
import { formatPhone } from '@/lib/accounts/contacts';
import { changePasswordSchema, profileSchema } from '@/lib/accounts/schemas';
import { noFields, type ActionState } from '@/lib/forms/action-state';
import { formAction, stateAction } from '@/server/action';
import { signIn, signOut } from '@/server/auth/auth';

const PROFILE = '/profile';
const SIGN_IN_AGAIN = `/login?next=${encodeURIComponent(PROFILE)}`;

type ProfileField = 'fullName' | 'phone';

/** `message` is a key of `auth.profile`; `values` are what the form shows afterwards. */
export type ProfileState = ActionState<ProfileField> & {
  values?: { fullName: string; phone: string };
};

export const updateProfileAction = stateAction({
  access: { signIn: PROFILE },
  schema: profileSchema,
  invalid: (fieldErrors, { values }): ProfileState => ({
    status: 'error',
    fieldErrors,
    values: { fullName: values.fullName ?? '', phone: values.phone ?? '' },
  }),
  async handler(input, { viewer, values }): Promise<ProfileState> {
    const result = await updateProfile(viewer, input);
    if (!result.ok) {
      if (result.error === 'unauthorized') redirect(SIGN_IN_AGAIN);
      return {
        status: 'error',
        fieldErrors: { phone: result.error },
        values: { fullName: values.fullName ?? '', phone: values.phone ?? '' },
      };
    }
    revalidatePath('/', 'layout');
    return {
      status: 'success',
      message: 'edit.saved',
      values: { fullName: input.fullName, phone: formatPhone(input.phone) },
    };
  },
});

type PasswordField = 'currentPassword' | 'newPassword' | 'newPasswordConfirm';

export type ChangePasswordState = ActionState<PasswordField>;

export const changePasswordAction = stateAction({
  access: { signIn: PROFILE },
  schema: changePasswordSchema,
  invalid: (fieldErrors): ChangePasswordState => ({ status: 'error', fieldErrors }),
  async handler({ currentPassword, newPassword }, { viewer }): Promise<ChangePasswordState> {
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
  },
});

export const signOutEverywhereAction = formAction({
  access: { anyone: true },
  schema: noFields,
  invalid: () => redirect(PROFILE),
  async handler(_input, { viewer }) {
    if (viewer) await signOutEverywhere(viewer);
    await signOut({ redirectTo: '/login?notice=signed-out-everywhere' });
  },
});
