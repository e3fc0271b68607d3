'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { setLocale } from '@/db/queries/accounts';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { localeFormSchema } from '@/lib/i18n/locale-form';
import { formAction } from '@/server/action';

/** The language switch: a cookie for everyone, remembered on the account for a signed-in person. */
export const setLocaleAction = formAction({
  access: { anyone: true },
  schema: localeFormSchema,
  maxLength: 10,
  invalid: () => redirect('/'),
  async handler({ locale }, { viewer }) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
      sameSite: 'lax',
      httpOnly: false,
      secure: process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false',
    });
    await setLocale(viewer, locale);
    revalidatePath('/', 'layout');
  },
});
