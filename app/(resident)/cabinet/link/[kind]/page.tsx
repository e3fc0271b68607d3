import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/layout/client-messages';
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
  // The form's texts: the cabinet's shared link texts, the kind's own and the documents' fields.
  const own = ['link', 'errors'];
  return (
    <LinkRecordPage kind={kind.kind} messages={kind.messages}>
      <ClientMessages
        areas={[...new Set(['cabinet', kind.messages, 'documents'])]}
        parts={{ cabinet: own, [kind.messages]: own }}
      >
        <Form action={linkRecordAction} />
      </ClientMessages>
    </LinkRecordPage>
  );
}
