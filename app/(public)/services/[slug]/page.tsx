import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GroupIcon } from '@/components/catalogue/group-icon';
import { findService } from '@/services/catalogue';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = findService((await params).slug);
  if (!service) notFound();
  const t = await getTranslations('catalogue');
  return {
    title: t(`services.${service.slug}.name`),
    description: t(`services.${service.slug}.summary`),
  };
}

export default async function ServicePage({ params }: Props) {
  const service = findService((await params).slug);
  if (!service) notFound();
  const [t, tc, format] = await Promise.all([
    getTranslations('catalogue'),
    getTranslations('common'),
    getFormatter(),
  ]);
  const key = `services.${service.slug}` as const;
  const rules = t.raw(`${key}.rules`) as string[];
  const needs = [
    service.needs.signIn ? t('needs.signIn') : t('needs.noSignIn'),
    ...(service.needs.record ? [t(`needs.${service.needs.record}`)] : []),
  ];

  return (
    <article className="max-w-3xl space-y-8">
      <nav aria-label={t('detail.breadcrumbs')} className="text-sm">
        <ol className="flex flex-wrap gap-x-2 text-slate-600">
          <li>
            <Link href="/">{tc('nav.home')}</Link>
            <span aria-hidden="true" className="ml-2">
              /
            </span>
          </li>
          <li>
            <Link href="/services">{t('title')}</Link>
            <span aria-hidden="true" className="ml-2">
              /
            </span>
          </li>
          <li aria-current="page">{t(`${key}.name`)}</li>
        </ol>
      </nav>

      <header className="space-y-3">
        <p className="flex items-center gap-2 text-sm font-medium text-brand-700">
          <GroupIcon group={service.group} className="size-5" />
          <Link href={`/services#${service.group}`}>
            {t('detail.group', { group: t(`groups.${service.group}.name`) })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t(`${key}.name`)}</h1>
        <p className="text-lg text-slate-700">{t(`${key}.summary`)}</p>
        {service.usage2014 !== null && (
          <p className="text-sm text-slate-600">
            {t('detail.usage', {
              count: format.number(service.usage2014, {
                notation: 'compact',
                maximumFractionDigits: 1,
              }),
            })}
          </p>
        )}
      </header>

      <section aria-labelledby="access-heading">
        {service.available ? (
          <>
            <h2 id="access-heading" className="sr-only">
              {t('detail.open')}
            </h2>
            <Link
              href={service.route}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 hover:no-underline"
            >
              {t('detail.open')}
            </Link>
          </>
        ) : (
          <div className="rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-amber-950">
            <h2 id="access-heading" className="font-semibold">
              {t('detail.soon')}
            </h2>
            <p className="mt-1">{t('detail.soonText')}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="about-heading" className="space-y-2">
        <h2 id="about-heading" className="text-xl font-semibold">
          {t('detail.about')}
        </h2>
        <p>{t(`${key}.about`)}</p>
      </section>

      <section aria-labelledby="needs-heading" className="space-y-2">
        <h2 id="needs-heading" className="text-xl font-semibold">
          {t('detail.needs')}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {needs.map((need) => (
            <li key={need} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
              {need}
            </li>
          ))}
        </ul>
        <p>{t(`${key}.needs`)}</p>
        {service.needs.record && (
          <p>
            <Link href="/cabinet">{t('detail.linkInCabinet')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="rules-heading" className="space-y-2">
        <h2 id="rules-heading" className="text-xl font-semibold">
          {t('detail.rules')}
        </h2>
        <ul className="list-disc space-y-2 pl-5 marker:text-brand-700">
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>

      <p>
        <Link href="/services">← {t('detail.back')}</Link>
      </p>
    </article>
  );
}
