'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ServiceSearch } from '@/components/catalogue/service-search';

// The not-found page; its texts come with it (app/not-found.tsx).
export function NotFoundView() {
  const t = useTranslations('common.notFound');
  return (
    <section className="mx-auto max-w-xl space-y-6 py-12 text-center">
      <div>
        <p aria-hidden="true" className="text-6xl font-bold text-slate-500">
          404
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-slate-700">{t('text')}</p>
      </div>
      <div className="text-left">
        <ServiceSearch label={t('searchTitle')} />
      </div>
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2">
        <Link href="/">{t('home')}</Link>
        <Link href="/services">{t('services')}</Link>
      </p>
    </section>
  );
}
