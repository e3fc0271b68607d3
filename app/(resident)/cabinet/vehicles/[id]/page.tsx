import { formatPlate } from '@/lib/fines/documents';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getVehicle } from '@/db/queries/links';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { vehicleServices } from '@/lib/cabinet/services';
import { Details } from '@/components/ui/details';
import { BackToCabinet, Flash, ServiceList } from '../../_components/record-parts';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations('cabinet')]);
  const vehicle = await getVehicle(await getViewer(), id);
  return {
    title: vehicle
      ? t('vehicle.title', { model: vehicle.model, plate: formatPlate(vehicle.plate) })
      : t('title'),
  };
}

export default async function VehiclePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/vehicles/${encodeURIComponent(id)}`);
  const [vehicle, { linked }, t, format] = await Promise.all([
    getVehicle(viewer, id),
    searchParams,
    getTranslations('cabinet'),
    getFormatter(),
  ]);
  if (!vehicle) notFound();
  const name = t('vehicle.title', { model: vehicle.model, plate: formatPlate(vehicle.plate) });

  return (
    <div className="flex flex-col gap-6">
      <BackToCabinet />
      <h1 className="text-2xl font-bold">{name}</h1>
      {linked === '1' && <Flash>{t('flash.linked.vehicle')}</Flash>}

      <section className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <Details
          items={[
            [t('vehicle.plate'), formatPlate(vehicle.plate)],
            [t('vehicle.model'), vehicle.model],
            [t('vehicle.year'), vehicle.year],
            [t('vehicle.sts'), vehicle.sts],
            [t('vehicle.owner'), vehicle.ownerName],
            [t('linkedAt'), format.dateTime(vehicle.linkedAt, 'long')],
          ]}
        />
      </section>

      <section aria-labelledby="services" className="flex flex-col gap-3">
        <h2 id="services" className="text-xl font-semibold">
          {t('services')}
        </h2>
        <ServiceList slugs={vehicleServices} label={t('servicesFor', { name })} />
      </section>

      <p>
        <Link href={`/cabinet/vehicles/${vehicle.id}/unlink`} className="text-accent-600">
          {t('unlink.button')}
          <span className="sr-only">: {name}</span>
        </Link>
      </p>
    </div>
  );
}
