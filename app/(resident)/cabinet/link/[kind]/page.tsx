import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { linkForms } from '@/services/link-forms';
import { linkKindOf } from '@/services/registry';
import { linkRecordAction } from '../../actions';
import { LinkRecordPage, linkPageMetadata } from '../../_components/link-record-page';

// One page for linking every kind of record a service module declares: `/cabinet/link/<kind>`.

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = linkKindOf((await params).kind);
  return kind ? linkPageMetadata(kind.kind, kind.messages) : {};
}

export default async function LinkPage({ params }: Props) {
  const kind = linkKindOf((await params).kind);
  if (!kind) notFound();
  const Form = Object.hasOwn(linkForms, kind.kind) ? linkForms[kind.kind] : undefined;
  if (!Form) notFound();
  return (
    <LinkRecordPage kind={kind.kind} messages={kind.messages}>
      <Form action={linkRecordAction} />
    </LinkRecordPage>
  );
}
