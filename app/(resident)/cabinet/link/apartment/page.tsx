import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/lib/auth/viewer';
import { linkApartmentAction } from '../../actions';
import { LinkApartmentForm } from '../../_components/link-apartment-form';
import { BackToCabinet } from '../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.link');
  return { title: t('apartment.title') };
}

export default async function LinkApartmentPage() {
  await requireViewer('/cabinet/link/apartment');
  const t = await getTranslations('cabinet.link');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackToCabinet />
      <section
        aria-labelledby="link-title"
        className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h1 id="link-title" className="text-2xl font-bold">
          {t('apartment.title')}
        </h1>
        <p className="text-slate-700">{t('apartment.intro')}</p>
        <LinkApartmentForm action={linkApartmentAction} />
      </section>
    </div>
  );
}
