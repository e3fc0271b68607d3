import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-slate-700">{t('text')}</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/">{t('home')}</Link>
        <Link href="/services">{t('services')}</Link>
      </p>
    </section>
  );
}
