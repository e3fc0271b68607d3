import type { Metadata } from 'next';
import Link from 'next/link';
import { Details } from '@/components/ui/details';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { listEpds, type EpdApartment } from '@/db/queries/epd';
import { getEpdPaymentState, type EpdPaymentState } from '@/db/queries/epd-payments';
import { requireViewer } from '@/server/auth/viewer';
import { epdPayLimit } from '@/lib/housing/epd-pay-limit';
import { epdText } from '@/lib/housing/epd-pdf';
import { isEpdPayable } from '@/lib/housing/epd-status';
import { epdStatusText, type EpdStatusText } from '@/lib/housing/epd-status-text';
import { resolveLocale, type Locale } from '@/lib/i18n/config';
import { formatRubles, typedRubles } from '@/lib/payments/amount';
import { EpdStatusView } from '../_components/epd-status';
import { payEpdAction } from './actions';
import { PayForm } from './_components/pay-form';

type Props = { searchParams: Promise<{ epd?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('payments.pay');
  return { title: t('title') };
}

const card = 'flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6';

export default async function PayEpdPage({ searchParams }: Props) {
  const { epd: asked } = await searchParams;
  const epdId = typeof asked === 'string' && asked !== '' ? asked : undefined;
  const viewer = await requireViewer(
    epdId ? `/housing/pay?epd=${encodeURIComponent(epdId)}` : '/housing/pay',
  );
  const now = new Date();
  const [apartments, t, locale] = await Promise.all([
    listEpds(viewer, now),
    getTranslations('payments.pay'),
    getLocale().then(resolveLocale),
  ]);
  const [text, statusText] = await Promise.all([epdText(locale), epdStatusText(locale)]);
  // The latest ЕПД of each apartment is the payable one.
  const payable = apartments.filter((a) => a.epds.length > 0);
  const chosen = epdId ?? (payable.length === 1 ? payable[0]!.epds[0]!.id : undefined);
  const state = chosen ? await getEpdPaymentState(viewer, chosen, now) : null;
  if (chosen && !state) notFound();

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p>
        <Link href="/housing/epd">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>

      {apartments.length === 0 ? (
        <section className={card}>
          <p>{t('noApartments')}</p>
          <p>
            <Link href="/cabinet/link/apartment" className="font-semibold">
              {t('linkApartment')}
            </Link>
          </p>
        </section>
      ) : !state ? (
        payable.length === 0 ? (
          <section className={card}>
            <p>{t('noEpds')}</p>
          </section>
        ) : (
          <nav aria-label={t('chooseEpd')} className={card}>
            <h2 className="text-xl font-semibold">{t('chooseEpd')}</h2>
            <ul className="flex flex-col gap-4">
              {payable.map((a) => {
                const latest = a.epds[0]!;
                return (
                  <li key={a.apartmentId} className="flex flex-col gap-1">
                    <p>
                      <Link href={`/housing/pay?epd=${latest.id}`} className="font-semibold">
                        {t('apartment', { building: a.building, flat: a.flat })}
                      </Link>
                      {' — '}
                      {t('epdFor', { period: text.period(latest.period) })},{' '}
                      {formatRubles(latest.totalKopecks, locale)}
                    </p>
                    <EpdStatusView status={latest.status} text={statusText} />
                  </li>
                );
              })}
            </ul>
          </nav>
        )
      ) : (
        <EpdToPay
          state={state}
          apartments={apartments}
          locale={locale}
          period={text.period(state.period)}
          t={t}
          statusText={statusText}
        />
      )}
    </div>
  );
}

function EpdToPay({
  state,
  apartments,
  locale,
  period,
  t,
  statusText,
}: {
  state: EpdPaymentState;
  apartments: EpdApartment[];
  locale: Locale;
  period: string;
  t: Awaited<ReturnType<typeof getTranslations<'payments.pay'>>>;
  statusText: EpdStatusText;
}) {
  const apartment = apartments.find((a) => a.epds.some((e) => e.id === state.epdId));
  const latest = apartment?.epds[0];
  const money = (kopecks: number) => formatRubles(kopecks, locale);
  const limit = epdPayLimit(state);
  const rows: [string, string][] = [
    [t('period'), period],
    [t('total'), money(state.totalKopecks)],
    [t('paid'), money(state.paidKopecks)],
    [t('remaining'), money(state.remainingKopecks)],
    ...(state.maxKopecks > 0 ? [[t('limit'), money(state.maxKopecks)] as [string, string]] : []),
  ];

  return (
    <section aria-labelledby="pay-epd" className={card}>
      <h2 id="pay-epd" className="text-xl font-semibold">
        {apartment
          ? `${t('apartment', { building: apartment.building, flat: apartment.flat })}: `
          : ''}
        {t('epdFor', { period })}
      </h2>
      <EpdStatusView status={state.status} text={statusText} />
      <Details items={rows} />
      <p>
        <Link href={`/housing/epd/${state.epdId}`}>{t('toEpd')}</Link>
      </p>

      {state.superseded ? (
        <div className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
          <p>{t('superseded')}</p>
          {latest && latest.id !== state.epdId && (
            <p>
              <Link href={`/housing/pay?epd=${latest.id}`} className="font-semibold">
                {t('openLatest')}
              </Link>
            </p>
          )}
        </div>
      ) : !isEpdPayable(state.status) || !limit ? (
        <p className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t('paidInFullText')}
        </p>
      ) : (
        <>
          {state.inProgress && (
            <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
              <p>{t('inProgress')}</p>
              <p>
                <Link href={`/payments/${state.inProgress.paymentId}`} className="font-semibold">
                  {t('openPayment')}
                </Link>
              </p>
            </div>
          )}
          <ClientMessages areas={['payments']}>
            <PayForm
              epdId={state.epdId}
              idempotencyKey={crypto.randomUUID()}
              defaultAmount={typedRubles(state.remainingKopecks, locale)}
              limit={money(state.maxKopecks)}
              limitHint={statusText.limitHint(limit)}
              action={payEpdAction}
            />
          </ClientMessages>
        </>
      )}
    </section>
  );
}
