import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getApartment } from '@/db/queries/links';
import { requireViewer } from '@/server/auth/viewer';
import { unlinkApartmentAction } from '../../../actions';
import { UnlinkConfirmation } from '../../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.unlink');
  return { title: t('title.apartment') };
}

export default async function UnlinkApartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/apartments/${encodeURIComponent(id)}/unlink`);
  const [apartment, t] = await Promise.all([getApartment(viewer, id), getTranslations('cabinet')]);
  if (!apartment) notFound();
  return (
    <UnlinkConfirmation
      kind="apartment"
      id={apartment.id}
      name={t('apartment.title', { building: apartment.building, flat: apartment.flat })}
      cancelHref={`/cabinet/apartments/${apartment.id}`}
      action={unlinkApartmentAction}
    />
  );
}
