import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { unbroken } from '@/lib/i18n/formats';

export async function SiteFooter({ year }: { year: number }) {
  const t = await getTranslations('common.footer');
  const phone = t('phone');
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-600 sm:grid-cols-3">
        <div className="space-y-1">
          <p className="font-semibold text-slate-900">{t('about')}</p>
          <p>{t('rights', { year })}</p>
        </div>
        <nav aria-label={t('navLabel')}>
          <ul className="space-y-1">
            <li>
              <Link href="/services" className="inline-block py-1">
                {t('services')}
              </Link>
            </li>
            <li>
              <Link href="/services/reference-information" className="inline-block py-1">
                {t('reference')}
              </Link>
            </li>
            <li>
              <Link href="/cabinet" className="inline-block py-1">
                {t('cabinet')}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="space-y-1">
          <p>{t('helpLabel')}</p>
          <p>
            <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} className="text-base font-semibold">
              {unbroken(phone)}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
}
