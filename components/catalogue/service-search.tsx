import Form from 'next/form';
import { useTranslations } from 'next-intl';
import { MAX_QUERY_LENGTH } from '@/lib/catalogue/services';

/** The catalogue search: a GET form to /services?q=, so it works without JavaScript. */
export function ServiceSearch({
  defaultValue = '',
  label,
  tone = 'light',
}: {
  defaultValue?: string;
  /** Replaces the default label, e.g. a question on the home page. */
  label?: string;
  tone?: 'light' | 'dark';
}) {
  const t = useTranslations('catalogue.search');
  return (
    <Form action="/services" role="search" className="w-full">
      <label
        htmlFor="service-search"
        className={`mb-1 block font-medium ${tone === 'dark' ? 'text-white' : 'text-slate-900'}`}
      >
        {label ?? t('label')}
      </label>
      <div className="flex gap-2">
        <input
          id="service-search"
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('hint')}
          autoComplete="off"
          enterKeyHint="search"
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500"
        />
        <button
          type="submit"
          className={`min-h-11 shrink-0 cursor-pointer rounded-md px-4 py-2 font-semibold ${
            tone === 'dark'
              ? 'bg-white text-brand-800 hover:bg-brand-50'
              : 'bg-brand-700 text-white hover:bg-brand-800'
          }`}
        >
          {t('submit')}
        </button>
      </div>
    </Form>
  );
}
