import { getTranslations } from 'next-intl/server';

export async function SiteFooter({ year }: { year: number }) {
  const t = await getTranslations('common.footer');
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-600">
        <p>{t('about')}</p>
        <p>{t('help')}</p>
        <p>{t('rights', { year })}</p>
      </div>
    </footer>
  );
}
