'use server';

import { redirect } from 'next/navigation';
import { noFields } from '@/lib/forms/action-state';
import { formAction } from '@/server/action';
import { signOut } from '@/server/auth/auth';

export const signOutAction = formAction({
  access: { anyone: true },
  schema: noFields,
  invalid: () => redirect('/'),
  async handler() {
    await signOut({ redirectTo: '/' });
  },
});
