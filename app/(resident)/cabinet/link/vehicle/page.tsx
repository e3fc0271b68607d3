import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireViewer } from '@/lib/auth/viewer';
import { linkVehicleAction } from '../../actions';
import { LinkVehicleForm } from '../../_components/link-vehicle-form';
import { BackToCabinet } from '../../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet.link');
  return { title: t('vehicle.title') };
}

export default async function LinkVehiclePage() {
  await requireViewer('/cabinet/link/vehicle');
  const t = await getTranslations('cabinet.link');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackToCabinet />
      <section
        aria-labelledby="link-title"
        className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h1 id="link-title" className="text-2xl font-bold">
          {t('vehicle.title')}
        </h1>
        <p className="text-slate-700">{t('vehicle.intro')}</p>
        <LinkVehicleForm action={linkVehicleAction} />
      </section>
    </div>
  );
}
