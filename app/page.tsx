import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function HomePage() {
  const t = await getTranslations('common');
  return (
    <section className="py-8">
      <h1 className="text-3xl font-bold">{t('siteName')}</h1>
      <p className="mt-2 text-lg text-slate-700">{t('slogan')}</p>
      <p className="mt-6">
        <Link href="/services">{t('nav.services')}</Link>
      </p>
    </section>
  );
}
