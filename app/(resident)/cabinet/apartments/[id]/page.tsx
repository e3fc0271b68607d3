import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getApartment } from '@/db/queries/links';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { calendarDate } from '@/lib/city';
import { apartmentServices } from '@/lib/cabinet/services';
import { Details } from '@/components/ui/details';
import { BackToCabinet, Flash, ServiceList } from '../../_components/record-parts';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations('cabinet')]);
  const apartment = await getApartment(await getViewer(), id);
  return {
    title: apartment
      ? t('apartment.title', { building: apartment.building, flat: apartment.flat })
      : t('title'),
  };
}

export default async function ApartmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/apartments/${encodeURIComponent(id)}`);
  const [apartment, { linked }, t, format] = await Promise.all([
    getApartment(viewer, id),
    searchParams,
    getTranslations('cabinet'),
    getFormatter(),
  ]);
  if (!apartment) notFound();
  const name = t('apartment.title', { building: apartment.building, flat: apartment.flat });

  return (
    <div className="flex flex-col gap-6">
      <BackToCabinet />
      <h1 className="text-2xl font-bold">{name}</h1>
      {linked === '1' && <Flash>{t('flash.linked.apartment')}</Flash>}

      <section className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <Details
          items={[
            [t('apartment.payerCode'), apartment.payerCode],
            [t('apartment.district'), apartment.district],
            [t('apartment.area'), t('apartment.areaValue', { area: Number(apartment.areaM2) })],
            [
              t('apartment.residents'),
              t('apartment.residentsValue', { count: apartment.registeredResidents }),
            ],
            [t('apartment.owner'), apartment.ownerName],
            [t('linkedAt'), format.dateTime(apartment.linkedAt, 'long')],
          ]}
        />
      </section>

      <section aria-labelledby="services" className="flex flex-col gap-3">
        <h2 id="services" className="text-xl font-semibold">
          {t('services')}
        </h2>
        <ServiceList slugs={apartmentServices} label={t('servicesFor', { name })} />
      </section>

      <section aria-labelledby="meters" className="flex flex-col gap-3">
        <h2 id="meters" className="text-xl font-semibold">
          {t('apartment.meterList')}
        </h2>
        {apartment.meters.overdue > 0 && (
          <p className="font-medium text-accent-600">
            {t('apartment.metersOverdue', { count: apartment.meters.overdue })}
          </p>
        )}
        {apartment.meterList.length === 0 ? (
          <p>{t('apartment.noMeters')}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {apartment.meterList.map((m) => (
              <li key={m.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm">
                <h3 className="font-semibold">{t(`apartment.meterKind.${m.kind}`)}</h3>
                <Details
                  compact
                  items={[
                    [t('apartment.serialNumber'), m.serialNumber],
                    ...(m.kind === 'electricity'
                      ? ([
                          [t('apartment.zones'), t('apartment.zonesValue', { zones: m.zones })],
                        ] as const)
                      : []),
                    [
                      t('apartment.installedOn'),
                      format.dateTime(calendarDate(m.installedOn), 'long'),
                    ],
                    [
                      t('apartment.verifiedUntil'),
                      <>
                        {format.dateTime(calendarDate(m.verifiedUntil), 'long')}
                        {m.overdue && (
                          <span className="block text-accent-600">
                            {t('apartment.verificationOverdue')}
                          </span>
                        )}
                      </>,
                    ],
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <p>
        <Link href={`/cabinet/apartments/${apartment.id}/unlink`} className="text-accent-600">
          {t('unlink.button')}
          <span className="sr-only">: {name}</span>
        </Link>
      </p>
    </div>
  );
}
