import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { findPasswordReset } from '@/db/queries/password-resets';
import { resetPasswordAction } from '../actions';
import { SetPasswordForm } from './_components/set-password-form';

// The page a reset link opens. Its address carries the token, so it is never indexed and never sent
// on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.reset.set');
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth.reset.set');
  const link = await findPasswordReset(token);
  if (!link)
    return (
      <section aria-labelledby="reset-title" className="mx-auto max-w-md">
        <h1 id="reset-title" className="text-2xl font-bold">
          {t('invalidTitle')}
        </h1>
        <p className="mt-2 mb-6 text-slate-700">{t('invalid')}</p>
        <Link href="/password/reset">{t('requestAgain')}</Link>
      </section>
    );
  return (
    <section aria-labelledby="reset-title" className="mx-auto max-w-md">
      <h1 id="reset-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="mt-2 mb-6 text-slate-700">{t('intro', { email: link.email })}</p>
      <SetPasswordForm action={resetPasswordAction} token={token} email={link.email} />
    </section>
  );
}
