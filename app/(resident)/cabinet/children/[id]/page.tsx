import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getChild } from '@/db/queries/links';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { calendarDate } from '@/lib/city';
import { childServices } from '@/lib/cabinet/services';
import { Details } from '@/components/ui/details';
import { BackToCabinet, Flash, ServiceList } from '../../_components/record-parts';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations('cabinet')]);
  const child = await getChild(await getViewer(), id);
  return { title: child ? child.fullName : t('title') };
}

export default async function ChildPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/children/${encodeURIComponent(id)}`);
  const [child, { linked }, t, format] = await Promise.all([
    getChild(viewer, id),
    searchParams,
    getTranslations('cabinet'),
    getFormatter(),
  ]);
  if (!child) notFound();

  return (
    <div className="flex flex-col gap-6">
      <BackToCabinet />
      <h1 className="text-2xl font-bold">{child.fullName}</h1>
      {linked === '1' && <Flash>{t('flash.linked.child')}</Flash>}

      <section className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <Details
          items={[
            [t('child.birthDate'), format.dateTime(calendarDate(child.birthDate), 'long')],
            [t('child.birthCertificate'), child.birthCertificate],
            [t('child.school'), child.schoolName ?? t('child.noSchool')],
            ...(child.schoolAddress
              ? ([[t('child.schoolAddress'), child.schoolAddress]] as const)
              : []),
            ...(child.schoolClass ? ([[t('child.schoolClass'), child.schoolClass]] as const) : []),
            [t('linkedAt'), format.dateTime(child.linkedAt, 'long')],
          ]}
        />
      </section>

      <section aria-labelledby="services" className="flex flex-col gap-3">
        <h2 id="services" className="text-xl font-semibold">
          {t('services')}
        </h2>
        <ServiceList
          slugs={childServices(child)}
          label={t('servicesFor', { name: child.fullName })}
        />
      </section>

      <p>
        <Link href={`/cabinet/children/${child.id}/unlink`} className="text-accent-600">
          {t('unlink.button')}
          <span className="sr-only">: {child.fullName}</span>
        </Link>
      </p>
    </div>
  );
}
