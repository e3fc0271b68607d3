import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getChild } from '@/db/queries/links';
import { requireViewer } from '@/server/auth/viewer';
import { unlinkChildAction } from '../../../actions';
import { UnlinkConfirmation } from '../../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.unlink');
  return { title: t('title.child') };
}

export default async function UnlinkChildPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/children/${encodeURIComponent(id)}/unlink`);
  const child = await getChild(viewer, id);
  if (!child) notFound();
  return (
    <UnlinkConfirmation
      kind="child"
      id={child.id}
      name={child.fullName}
      cancelHref={`/cabinet/children/${child.id}`}
      action={unlinkChildAction}
    />
  );
}
