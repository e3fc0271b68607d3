import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GroupIcon } from '@/components/catalogue/group-icon';
import { ServiceCard } from '@/components/catalogue/service-card';
import { ServiceSearch } from '@/components/catalogue/service-search';
import { MAX_QUERY_LENGTH, serviceGroups } from '@/lib/catalogue/services';
import { searchServices, servicesInGroup } from '@/services/catalogue';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue');
  return { title: t('title'), description: t('metaDescription') };
}

function queryOf(q: string | string[] | undefined): string {
  const value = Array.isArray(q) ? q[0] : q;
  return (value ?? '').slice(0, MAX_QUERY_LENGTH).trim();
}

export default async function ServicesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const [t, { q }] = await Promise.all([getTranslations('catalogue'), searchParams]);
  const query = queryOf(q);
  const found = query
    ? searchServices(query, (slug) => ({
        name: t(`services.${slug}.name`),
        summary: t(`services.${slug}.summary`),
        keywords: t(`services.${slug}.keywords`),
      }))
    : null;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <div className="max-w-xl">
          <ServiceSearch defaultValue={query} />
        </div>
      </header>

      {found ? (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-xl font-semibold" aria-live="polite">
            {found.length > 0
              ? t('search.found', { count: found.length, query })
              : t('search.nothingFound', { query })}
          </h2>
          {found.length > 0 && (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {found.map((service) => (
                <li key={service.slug}>
                  <ServiceCard service={service} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/services">{t('search.reset')}</Link>
          </p>
        </section>
      ) : (
        <>
          <nav aria-label={t('groups.label')}>
            <ul className="flex flex-wrap gap-2">
              {serviceGroups.map((group) => (
                <li key={group}>
                  <a
                    href={`#${group}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:border-brand-600 hover:no-underline"
                  >
                    <GroupIcon group={group} className="size-4 text-brand-700" />
                    {t(`groups.${group}.name`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {serviceGroups.map((group) => (
            <section
              key={group}
              id={group}
              aria-labelledby={`${group}-heading`}
              className="scroll-mt-4 space-y-3"
            >
              <div>
                <h2
                  id={`${group}-heading`}
                  className="flex items-center gap-2 text-xl font-semibold"
                >
                  <GroupIcon group={group} className="size-6 text-brand-700" />
                  {t(`groups.${group}.name`)}
                </h2>
                <p className="mt-1 text-slate-700">{t(`groups.${group}.description`)}</p>
              </div>
              <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {servicesInGroup(group).map((service) => (
                  <li key={service.slug}>
                    <ServiceCard service={service} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
