import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RESET_VALID_MINUTES } from '@/db/queries/password-resets';
import { requestResetAction } from './actions';
import { RequestResetForm } from './_components/request-reset-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.reset.request');
  return { title: t('title') };
}

export default async function PasswordResetPage() {
  const t = await getTranslations('auth.reset.request');
  return (
    <section aria-labelledby="reset-title" className="mx-auto max-w-md">
      <h1 id="reset-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="mt-2 mb-6 text-slate-700">{t('intro')}</p>
      <RequestResetForm action={requestResetAction} minutes={RESET_VALID_MINUTES} />
      <p className="mt-6">
        <Link href="/login">{t('back')}</Link>
      </p>
    </section>
  );
}
