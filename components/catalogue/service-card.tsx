import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { CatalogueService } from '@/lib/catalogue/services';
import { GroupIcon } from './group-icon';

/** A service in a list: its name links to the description page; the whole card is the click target. */
export function ServiceCard({
  service,
  showUsage = false,
}: {
  service: CatalogueService;
  showUsage?: boolean;
}) {
  const t = useTranslations('catalogue');
  const format = useFormatter();
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-600 hover:shadow-md has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-600">
      <div className="flex items-start gap-3">
        <span className="mt-0.5 shrink-0 rounded-md bg-brand-50 p-1.5 text-brand-700">
          <GroupIcon group={service.group} className="size-5" />
        </span>
        <h3 className="text-base leading-snug font-semibold">
          <Link
            href={`/services/${service.slug}`}
            className="text-slate-900 after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
          >
            {t(`services.${service.slug}.name`)}
          </Link>
        </h3>
      </div>
      <p className="text-sm text-slate-700">{t(`services.${service.slug}.summary`)}</p>
      {(showUsage && service.usage2014 !== null) || !service.available ? (
        <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-1 text-xs text-slate-600">
          {showUsage && service.usage2014 !== null && (
            <span>
              {t('card.usage', {
                count: format.number(service.usage2014, {
                  notation: 'compact',
                  maximumFractionDigits: 1,
                }),
              })}
            </span>
          )}
          {!service.available && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900">
              {t('card.soon')}
            </span>
          )}
        </p>
      ) : null}
    </article>
  );
}
