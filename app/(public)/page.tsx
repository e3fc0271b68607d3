import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GroupIcon } from '@/components/catalogue/group-icon';
import { ServiceCard } from '@/components/catalogue/service-card';
import { ServiceSearch } from '@/components/catalogue/service-search';
import { homeFigures } from '@/db/queries/home-figures';
import { getViewer } from '@/server/auth/viewer';
import { serviceGroups } from '@/lib/catalogue/services';
import { mostUsedServices, servicesInGroup } from '@/services/catalogue';
import { usageSpecs } from '@/services/registry';
import { addressName } from '@/lib/people/names';
import { PortalFigures } from './_components/portal-figures';

const buttonPrimary =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-white px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50 hover:no-underline';
const buttonOutline =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-white px-5 py-2 font-semibold text-white hover:bg-brand-600 hover:no-underline';

export default async function HomePage() {
  const [viewer, t, tc, figures] = await Promise.all([
    getViewer(),
    getTranslations('common.home'),
    getTranslations('catalogue'),
    homeFigures(usageSpecs()),
  ]);

  return (
    <div className="space-y-12">
      <section
        aria-labelledby="hero-heading"
        className="-mx-4 -mt-6 bg-gradient-to-br from-brand-700 to-brand-800 px-4 py-10 text-white sm:mx-0 sm:mt-0 sm:rounded-xl sm:px-8 sm:py-12"
      >
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr] lg:items-end">
          <div className="space-y-4">
            <h1 id="hero-heading" className="text-3xl leading-tight font-bold sm:text-4xl">
              {t('title')}
            </h1>
            <p className="max-w-2xl text-lg text-brand-50">{t('lead')}</p>
            <div className="max-w-xl pt-2">
              <ServiceSearch tone="dark" label={t('searchLabel')} />
            </div>
          </div>
          <div className="rounded-lg bg-white/10 p-5 ring-1 ring-white/20">
            {viewer ? (
              <>
                <h2 className="text-xl font-semibold">
                  {t('greeting', { name: addressName(viewer.fullName) })}
                </h2>
                <p className="mt-2 text-brand-50">{t('greetingText')}</p>
                <p className="mt-4">
                  <Link href="/cabinet" className={buttonPrimary}>
                    {t('toCabinet')}
                  </Link>
                </p>
              </>
            ) : (
              <>
                <h2 className="text-xl font-semibold">{t('guestTitle')}</h2>
                <p className="mt-2 text-brand-50">{t('guestText')}</p>
                <p className="mt-4 flex flex-wrap gap-3">
                  <Link href="/login" className={buttonPrimary}>
                    {t('signIn')}
                  </Link>
                  <Link href="/register" className={buttonOutline}>
                    {t('register')}
                  </Link>
                </p>
              </>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="popular-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="popular-heading" className="text-2xl font-bold">
              {t('popularTitle')}
            </h2>
            <p className="mt-1 text-slate-700">{t('popularText')}</p>
          </div>
          <Link href="/services" className="font-medium">
            {t('allServices')} →
          </Link>
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {mostUsedServices(6).map((service) => (
            <li key={service.slug}>
              <ServiceCard service={service} showUsage />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="groups-heading" className="space-y-4">
        <h2 id="groups-heading" className="text-2xl font-bold">
          {t('groupsTitle')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {serviceGroups.map((group) => (
            <li key={group}>
              <Link
                href={`/services#${group}`}
                className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-sm hover:border-brand-600 hover:no-underline hover:shadow-md"
              >
                <span className="flex items-center gap-2 font-semibold text-brand-800">
                  <GroupIcon group={group} />
                  {tc(`groups.${group}.name`)}
                </span>
                <span className="text-sm text-slate-700">{tc(`groups.${group}.description`)}</span>
                <span className="mt-auto text-sm text-slate-600">
                  {tc('groups.count', { count: servicesInGroup(group).length })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <PortalFigures figures={figures} />
    </div>
  );
}
