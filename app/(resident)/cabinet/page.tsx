import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { dueCards, getDueThisMonth } from '@/services/due';
import { getCabinet } from '@/db/queries/links';
import { unreadCount } from '@/db/queries/notifications';
import { requireViewer } from '@/server/auth/viewer';
import { addressName } from '@/lib/cabinet/format';
import { calendarDate } from '@/lib/city';
import {
  apartmentServices,
  childServices,
  personalServices,
  vehicleServices,
} from '@/lib/cabinet/services';
import { formatLicence } from '@/lib/fines/documents';
import { moscowDate } from '@/lib/city';
import { linkKindOf } from '@/services/registry';
import { DueThisMonth } from './_components/due-this-month';
import { Flash, LicenceFinesLink, ServiceList } from './_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet');
  return { title: t('title') };
}

const addButton =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:no-underline';
const card = 'flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-5';

function Section({
  id,
  title,
  addHref,
  addLabel,
  empty,
  children,
}: {
  id: string;
  title: string;
  addHref: string;
  addLabel: string;
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={addHref} className={addButton}>
          {addLabel}
        </Link>
      </div>
      {empty ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {empty}
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">{children}</ul>
      )}
    </section>
  );
}

function MoreLink({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <Link href={href} className="self-start font-semibold">
      {label}
      <span className="sr-only">: {name}</span>
    </Link>
  );
}

export default async function CabinetPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer('/cabinet');
  const [cabinet, unread, due, t, format, { unlinked }] = await Promise.all([
    getCabinet(viewer),
    unreadCount(viewer),
    getDueThisMonth(viewer, new Date()),
    getTranslations('cabinet'),
    getFormatter(),
    searchParams,
  ]);
  if (!cabinet) notFound();
  const today = moscowDate(new Date());

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-lg">{t('greeting', { name: addressName(viewer.fullName) })}</p>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p>
          <Link
            href="/cabinet/notifications"
            className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold"
          >
            {t('inbox.link')}
            <span
              className={
                unread > 0
                  ? 'rounded-full bg-accent-600 px-2 py-0.5 text-sm text-white'
                  : 'text-sm font-normal text-slate-600'
              }
            >
              {t('inbox.unread', { count: unread })}
            </span>
          </Link>
        </p>
        {typeof unlinked === 'string' && linkKindOf(unlinked) && (
          <Flash>{t(`flash.unlinked.${unlinked}`)}</Flash>
        )}
      </div>

      {/* Without an apartment, only a booked appointment has anything to show here. */}
      {(cabinet.apartments.length > 0 || due.length > 0) && (
        <DueThisMonth cards={await dueCards(due)} />
      )}

      <Section
        id="apartments"
        title={t('sections.apartments')}
        addHref="/cabinet/link/apartment"
        addLabel={t('add.apartment')}
        empty={cabinet.apartments.length ? null : t('empty.apartments')}
      >
        {cabinet.apartments.map((a) => {
          const name = t('apartment.title', { building: a.building, flat: a.flat });
          return (
            <li key={a.id} className={card}>
              <h3 className="text-lg font-semibold">{name}</h3>
              <p className="text-slate-700">
                {a.district} · {t('apartment.areaValue', { area: Number(a.areaM2) })} ·{' '}
                {t('apartment.residentsValue', { count: a.registeredResidents })}
              </p>
              <p>
                <span className="text-slate-600">{t('apartment.meters')}:</span>{' '}
                {t('apartment.metersSummary', {
                  cold: a.meters.coldWater,
                  hot: a.meters.hotWater,
                  electricity: a.meters.electricity,
                })}
              </p>
              {a.meters.overdue > 0 && (
                <p className="font-medium text-accent-600">
                  {t('apartment.metersOverdue', { count: a.meters.overdue })}
                </p>
              )}
              <ServiceList slugs={apartmentServices} label={t('servicesFor', { name })} />
              <MoreLink href={`/cabinet/apartments/${a.id}`} label={t('details')} name={name} />
            </li>
          );
        })}
      </Section>

      <Section
        id="vehicles"
        title={t('sections.vehicles')}
        addHref="/cabinet/link/vehicle"
        addLabel={t('add.vehicle')}
        empty={cabinet.vehicles.length ? null : t('empty.vehicles')}
      >
        {cabinet.vehicles.map((v) => {
          const name = t('vehicle.title', { model: v.model, plate: v.plate });
          return (
            <li key={v.id} className={card}>
              <h3 className="text-lg font-semibold">{name}</h3>
              <p className="text-slate-700">
                {t('vehicle.year')}: {v.year}
              </p>
              <ServiceList slugs={vehicleServices} label={t('servicesFor', { name })} />
              <MoreLink href={`/cabinet/vehicles/${v.id}`} label={t('details')} name={name} />
            </li>
          );
        })}
      </Section>

      <Section
        id="licences"
        title={t('sections.licences')}
        addHref="/cabinet/link/licence"
        addLabel={t('add.licence')}
        empty={cabinet.licences.length ? null : t('empty.licences')}
      >
        {cabinet.licences.map((l) => {
          const name = t('licence.title', { number: formatLicence(l.number) });
          return (
            <li key={l.id} className={card}>
              <h3 className="text-lg font-semibold">{name}</h3>
              <p className="text-slate-700">
                {l.holderName} ·{' '}
                {t(l.validUntil < today ? 'licence.expiredValue' : 'licence.validUntilValue', {
                  date: format.dateTime(calendarDate(l.validUntil), 'long'),
                })}
              </p>
              <LicenceFinesLink name={name} />
              <MoreLink href={`/cabinet/licences/${l.id}`} label={t('details')} name={name} />
            </li>
          );
        })}
      </Section>

      <Section
        id="children"
        title={t('sections.children')}
        addHref="/cabinet/link/child"
        addLabel={t('add.child')}
        empty={cabinet.children.length ? null : t('empty.children')}
      >
        {cabinet.children.map((c) => (
          <li key={c.id} className={card}>
            <h3 className="text-lg font-semibold">{c.fullName}</h3>
            <p className="text-slate-700">
              {c.schoolName
                ? `${c.schoolName}${c.schoolClass ? `, ${t('child.classValue', { schoolClass: c.schoolClass })}` : ''}`
                : t('child.noSchool')}
            </p>
            <ServiceList slugs={childServices(c)} label={t('servicesFor', { name: c.fullName })} />
            <MoreLink href={`/cabinet/children/${c.id}`} label={t('details')} name={c.fullName} />
          </li>
        ))}
      </Section>

      <section aria-labelledby="personal" className="flex flex-col gap-3">
        <h2 id="personal" className="text-xl font-semibold">
          {t('sections.personal')}
        </h2>
        <ServiceList slugs={personalServices} label={t('sections.personal')} />
      </section>
    </div>
  );
}
