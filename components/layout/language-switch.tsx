import { getLocale, getTranslations } from 'next-intl/server';
import { locales } from '@/lib/i18n/config';

/** Works without JavaScript: each language is a submit button of one small form. */
export async function LanguageSwitch({
  action,
}: {
  action: (formData: FormData) => Promise<void>;
}) {
  const locale = await getLocale();
  const t = await getTranslations('common.language');
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t('label')}>
      {locales.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          title={t('switchTo', { language: t(l) })}
          className="min-h-9 min-w-9 rounded px-2 text-sm font-semibold uppercase aria-pressed:bg-white aria-pressed:text-brand-800 text-white hover:bg-brand-600"
        >
          {/* The visible code stays part of the button's name (WCAG 2.5.3, label in name). */}
          {l}
          <span className="sr-only"> {t(l)}</span>
        </button>
      ))}
    </form>
  );
}
