import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { finesClientParts } from '../_components/client-parts';
import { Details } from '@/components/ui/details';
import { calendarDate } from '@/lib/city';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import { payFinesAction } from '../pay-actions';
import { AmountToday, StatusBadge } from '../_components/fine-summary';
import { PayFinesForm } from '../_components/pay-fines-form';
import { fineForRequest, tokenQuery } from './fine-access';

// One fine: its photo, the decision's details, what it costs today and until when, the decision as a
// PDF, and (the viewer's own) the payment. Anyone else's fine, or an expired check, is not found.

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ t?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fines.fine');
  return { title: t('title') };
}

const card = 'flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6';

export default async function FinePage({ params, searchParams }: Props) {
  const [{ id }, { t: token }] = await Promise.all([params, searchParams]);
  const fine = await fineForRequest(id, token);
  if (!fine) notFound();
  const [t, format] = await Promise.all([getTranslations('fines'), getFormatter()]);
  const query = tokenQuery(token);
  const day = (d: string) => format.dateTime(calendarDate(d), 'long');
  const money = (kopecks: number) => format.number(kopecks / 100, 'rub');
  const { deadlines, status } = fine;

  const details: [string, React.ReactNode][] = [
    [
      t('fine.uin'),
      <span key="uin" className="tabular-nums">
        {fine.uin}
      </span>,
    ],
    [
      t('fine.decision'),
      t('fine.decisionOf', { number: fine.decisionNumber, date: day(fine.decisionDate) }),
    ],
    [t('fine.article'), `${fine.article} — ${fine.articleTitle}`],
    [t('fine.offenceAt'), format.dateTime(fine.offenceAt, 'dateTime')],
    [t('fine.place'), fine.place],
    ...(fine.plate
      ? [
          [
            t('fine.vehicle'),
            [formatPlate(fine.plate), fine.vehicleModel].filter(Boolean).join(', '),
          ] as [string, string],
        ]
      : []),
    ...(fine.licenceNumber
      ? [[t('fine.licence'), formatLicence(fine.licenceNumber)] as [string, string]]
      : []),
    [fine.camera ? t('fine.camera') : t('fine.officer'), fine.camera ?? fine.officer ?? ''],
    [t('fine.amount'), money(fine.amountKopecks)],
    [t('fine.effectiveOn'), day(deadlines.effectiveOn)],
    [
      t('fine.discountUntil'),
      deadlines.discountUntil ? day(deadlines.discountUntil) : t('fine.noDiscount'),
    ],
    [t('fine.dueBy'), day(deadlines.dueBy)],
  ];

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/fines">
          <span aria-hidden="true">← </span>
          {t('fine.back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{fine.articleTitle}</h1>
        <StatusBadge status={status} />
      </div>

      <section aria-labelledby="amount-today" className={card}>
        <h2 id="amount-today" className="sr-only">
          {t('fine.amountToday')}
        </h2>
        <AmountToday fine={fine} />
        {status.kind !== 'paid' &&
          (fine.mine ? (
            fine.paymentInProgress ? (
              <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
                {t.rich('fine.paymentInProgress', {
                  link: (chunks) => (
                    <Link href="/payments" className="font-semibold">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : (
              <ClientMessages areas={['fines']} parts={finesClientParts}>
                <PayFinesForm
                  fines={[
                    {
                      id: fine.id,
                      title: fine.articleTitle,
                      uin: fine.uin,
                      payKopecks: 'payKopecks' in status ? status.payKopecks : 0,
                      discount: status.kind === 'discount',
                    },
                  ]}
                  idempotencyKey={crypto.randomUUID()}
                  back={`/fines/${fine.id}`}
                  action={payFinesAction}
                />
              </ClientMessages>
            )
          ) : (
            <p className="text-slate-700">{t('fine.notYours')}</p>
          ))}
        <p>
          <a href={`/fines/${fine.id}/decision${query}`} className="font-semibold" download>
            {t('fine.downloadDecision')}
          </a>
        </p>
      </section>

      {fine.camera && (
        <figure className="flex flex-col gap-2">
          {/* A generated SVG served by our own route: next/image would add nothing to it. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`/fines/${fine.id}/photo${query}`}
            alt={t('fine.photoAlt', {
              plate: fine.plate ? formatPlate(fine.plate) : '',
              place: fine.place,
            })}
            width={640}
            height={400}
            className="h-auto w-full rounded-lg bg-slate-200"
          />
          <figcaption className="text-sm text-slate-600">
            {t('fine.photoCaption', { camera: fine.camera })}
          </figcaption>
        </figure>
      )}

      <section aria-labelledby="fine-details" className={card}>
        <h2 id="fine-details" className="text-xl font-semibold">
          {t('fine.details')}
        </h2>
        <Details items={details} />
      </section>
    </div>
  );
}
