'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

// Never shows the error itself: only a reference the help desk can look up in the server log.
export default function ErrorPage({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  const t = useTranslations('common.error');
  return (
    <section className="mx-auto max-w-xl py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('text')}</p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-500">{t('reference', { digest: error.digest })}</p>
      )}
      <p className="mt-6 flex flex-wrap items-center justify-center gap-x-6 gap-y-3">
        <button
          type="button"
          onClick={retry}
          className="min-h-11 cursor-pointer rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t('retry')}
        </button>
        <Link href="/">{t('home')}</Link>
      </p>
    </section>
  );
}
