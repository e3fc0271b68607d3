import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth/viewer';
import { linkKindAt } from '@/services/registry';
import { unlinkRecordAction } from '../../../actions';
import { UnlinkConfirmation } from '../../../_components/record-parts';

// One confirmation page for unlinking every kind of record: `/cabinet/<segment>/<id>/unlink`.

type Props = { params: Promise<{ records: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = linkKindAt((await params).records);
  if (!kind) return {};
  const t = await getTranslations(`${kind.messages}.unlink`);
  return { title: t(`title.${kind.kind}`) };
}

export default async function UnlinkPage({ params }: Props) {
  const { records, id } = await params;
  const kind = linkKindAt(records);
  if (!kind) notFound();
  const viewer = await requireViewer(`/cabinet/${kind.segment}/${encodeURIComponent(id)}/unlink`);
  const name = await kind.name(viewer, id);
  if (!name) notFound();
  return (
    <UnlinkConfirmation
      kind={kind.kind}
      messages={kind.messages}
      id={id}
      name={name}
      cancelHref={`/cabinet/${kind.segment}/${id}`}
      action={unlinkRecordAction}
    />
  );
}
