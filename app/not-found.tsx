import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ServiceSearch } from '@/components/catalogue/service-search';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
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
