import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getLicence } from '@/db/queries/links';
import { requireViewer } from '@/server/auth/viewer';
import { formatLicence } from '@/lib/fines/documents';
import { unlinkLicenceAction } from '../../../actions';
import { UnlinkConfirmation } from '../../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.unlink');
  return { title: t('title.licence') };
}

export default async function UnlinkLicencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/licences/${encodeURIComponent(id)}/unlink`);
  const licence = await getLicence(viewer, id);
  if (!licence) notFound();
  return (
    <UnlinkConfirmation
      kind="licence"
      id={licence.id}
      name={formatLicence(licence.number)}
      cancelHref={`/cabinet/licences/${licence.id}`}
      action={unlinkLicenceAction}
    />
  );
}
