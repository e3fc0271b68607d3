import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth/viewer';
import { BackToCabinet } from './record-parts';

/** `messages`: the kind's namespace (LinkKind.messages), whose `link.<kind>` texts these are. */
export async function linkPageMetadata(kind: string, messages: string): Promise<Metadata> {
  const t = await getTranslations(`${messages}.link`);
  return { title: t(`${kind}.title`) };
}

/** The frame of the "link a record" pages: sign-in required, a title, what to type, the form. */
export async function LinkRecordPage({
  kind,
  messages,
  children,
}: {
  kind: string;
  messages: string;
  children: React.ReactNode;
}) {
  await requireViewer(`/cabinet/link/${kind}`);
  const t = await getTranslations(`${messages}.link`);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackToCabinet />
      <section
        aria-labelledby="link-title"
        className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h1 id="link-title" className="text-2xl font-bold">
          {t(`${kind}.title`)}
        </h1>
        <p className="text-slate-700">{t(`${kind}.intro`)}</p>
        {children}
      </section>
    </div>
  );
}
