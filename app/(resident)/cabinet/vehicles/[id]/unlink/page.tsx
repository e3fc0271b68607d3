import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getVehicle } from '@/db/queries/links';
import { requireViewer } from '@/server/auth/viewer';
import { unlinkVehicleAction } from '../../../actions';
import { UnlinkConfirmation } from '../../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.unlink');
  return { title: t('title.vehicle') };
}

export default async function UnlinkVehiclePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/vehicles/${encodeURIComponent(id)}/unlink`);
  const [vehicle, t] = await Promise.all([getVehicle(viewer, id), getTranslations('cabinet')]);
  if (!vehicle) notFound();
  return (
    <UnlinkConfirmation
      kind="vehicle"
      id={vehicle.id}
      name={t('vehicle.title', { model: vehicle.model, plate: vehicle.plate })}
      cancelHref={`/cabinet/vehicles/${vehicle.id}`}
      action={unlinkVehicleAction}
    />
  );
}
