import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DEFAULT_AFTER_SIGN_IN } from '@/lib/auth/safe-next';
import { getViewer } from '@/server/auth/viewer';
import { registerAction } from './actions';
import { RegisterForm } from './_components/register-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.register');
  return { title: t('title') };
}

export default async function RegisterPage() {
  if (await getViewer()) redirect(DEFAULT_AFTER_SIGN_IN);
  const t = await getTranslations('auth.register');
  return (
    <section aria-labelledby="register-title" className="mx-auto max-w-md">
      <h1 id="register-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="mt-2 mb-6 text-slate-700">{t('intro')}</p>
      <RegisterForm action={registerAction} />
      <p className="mt-6">
        {t('haveAccount')} <Link href="/login">{t('signIn')}</Link>
      </p>
    </section>
  );
}
