import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/lib/auth/viewer';
import { linkChildAction } from '../../actions';
import { LinkChildForm } from '../../_components/link-child-form';
import { BackToCabinet } from '../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.link');
  return { title: t('child.title') };
}

export default async function LinkChildPage() {
  await requireViewer('/cabinet/link/child');
  const t = await getTranslations('cabinet.link');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackToCabinet />
      <section
        aria-labelledby="link-title"
        className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h1 id="link-title" className="text-2xl font-bold">
          {t('child.title')}
        </h1>
        <p className="text-slate-700">{t('child.intro')}</p>
        <LinkChildForm action={linkChildAction} />
      </section>
    </div>
  );
}
