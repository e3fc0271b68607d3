'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { setLocale } from '@/db/queries/accounts';
import { getViewer } from '@/server/auth/viewer';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';

/** The language switch: a cookie for everyone, remembered on the account for a signed-in person. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = resolveLocale(String(formData.get('locale') ?? ''));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
    httpOnly: false,
    secure: process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false',
  });
  await setLocale(await getViewer(), locale);
  revalidatePath('/', 'layout');
}
