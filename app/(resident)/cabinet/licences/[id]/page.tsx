import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getLicence } from '@/db/queries/links';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { calendarDate } from '@/lib/city';
import { formatLicence } from '@/lib/fines/documents';
import { moscowDate } from '@/lib/city';
import { Details } from '@/components/ui/details';
import { BackToCabinet, Flash, RecordLink } from '../../_components/record-parts';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations('cabinet')]);
  const licence = await getLicence(await getViewer(), id);
  return {
    title: licence ? t('licence.title', { number: formatLicence(licence.number) }) : t('title'),
  };
}

export default async function LicencePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/cabinet/licences/${encodeURIComponent(id)}`);
  const [licence, { linked }, t, format] = await Promise.all([
    getLicence(viewer, id),
    searchParams,
    getTranslations('cabinet'),
    getFormatter(),
  ]);
  if (!licence) notFound();
  const name = t('licence.title', { number: formatLicence(licence.number) });
  const expired = licence.validUntil < moscowDate(new Date());
  const day = (d: string) => format.dateTime(calendarDate(d), 'long');

  return (
    <div className="flex flex-col gap-6">
      <BackToCabinet />
      <h1 className="text-2xl font-bold">{name}</h1>
      {linked === '1' && <Flash>{t('flash.linked.licence')}</Flash>}

      <section className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <Details
          items={[
            [t('licence.number'), formatLicence(licence.number)],
            [t('licence.holder'), licence.holderName],
            [t('licence.issuedOn'), day(licence.issuedOn)],
            [
              t('licence.validUntil'),
              expired
                ? t('licence.expiredOn', { date: day(licence.validUntil) })
                : day(licence.validUntil),
            ],
            [t('linkedAt'), format.dateTime(licence.linkedAt, 'long')],
          ]}
        />
      </section>

      <section aria-labelledby="services" className="flex flex-col gap-3">
        <h2 id="services" className="text-xl font-semibold">
          {t('services')}
        </h2>
        <RecordLink
          href="/fines"
          label={t('licence.fines')}
          navLabel={t('servicesFor', { name })}
        />
      </section>

      <p>
        <Link href={`/cabinet/licences/${licence.id}/unlink`} className="text-accent-600">
          {t('unlink.button')}
          <span className="sr-only">: {name}</span>
        </Link>
      </p>
    </div>
  );
}
