import type { Metadata } from 'next';
import Link from 'next/link';
import { Details } from '@/components/ui/details';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getPayment } from '@/db/queries/payments';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';
import { receiptFacts } from '@/lib/payments/receipt-pdf';
import { isInFlight } from '@/lib/payments/status';
import { AutoRefresh } from '../_components/auto-refresh';
import { StatusBadge } from '../_components/status-badge';
import { paymentItemViews } from '@/services/payments/items';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t, format] = await Promise.all([
    params,
    getTranslations('payments'),
    getFormatter(),
  ]);
  const payment = await getPayment(await getViewer(), id);
  return {
    title: payment
      ? t('receipt.title', { date: format.dateTime(payment.createdAt, 'dateTime') })
      : t('list.title'),
  };
}

const card = 'flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6';
const downloadLink =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800';
const statusText = {
  created: 'waiting',
  pending: 'waiting',
  succeeded: 'succeeded',
  declined: 'declined',
  expired: 'expired',
  refunded: 'refunded',
} as const;

export default async function PaymentPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/payments/${encodeURIComponent(id)}`);
  const [payment, t, format, locale] = await Promise.all([
    getPayment(viewer, id),
    getTranslations('payments.receipt'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  if (!payment) notFound();
  const items = await paymentItemViews(viewer, payment, { locale, now: new Date() });
  const money = (kopecks: number) => formatRubles(kopecks, locale);
  const when = (date: Date) => format.dateTime(date, 'dateTime');
  const s = payment.status;

  const details: [string, React.ReactNode][] = [
    [t('amount'), <strong key="amount">{money(payment.amountKopecks)}</strong>],
    [t('createdAt'), when(payment.createdAt)],
    ...(payment.receiptNumber
      ? [[t('receiptNumber'), payment.receiptNumber] as [string, React.ReactNode]]
      : []),
    ...(payment.succeededAt
      ? [[t('paidAt'), when(payment.succeededAt)] as [string, React.ReactNode]]
      : []),
    ...(payment.cardLast4
      ? [[t('card'), t('cardValue', { last4: payment.cardLast4 })] as [string, React.ReactNode]]
      : []),
    ...(payment.refundedAt
      ? [[t('refundedAt'), when(payment.refundedAt)] as [string, React.ReactNode]]
      : []),
  ];
  const retry = items.find((i) => i.payAgainHref);
  // A refunded payment keeps its receipt (marked refunded) and has the refund's besides.
  const receipt = receiptFacts(payment);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <p>
        <Link href="/payments">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('title', { date: when(payment.createdAt) })}</h1>

      <section aria-live="polite" className={card}>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={s} />
          <p className="font-semibold">{t(statusText[s])}</p>
        </div>
        {isInFlight(s) && (
          <>
            <p className="text-slate-700">{t('waitingText')}</p>
            <AutoRefresh stoppedText={t('waitingStopped')} />
          </>
        )}
        {(s === 'declined' || s === 'expired') && retry && (
          <p>
            <Link href={retry.payAgainHref!} className="font-semibold">
              {t('payAgain')}
            </Link>
          </p>
        )}
        <Details items={details} />
        {receipt && (
          <p className="flex flex-wrap gap-3">
            <a href={`/payments/${payment.id}/pdf`} className={downloadLink}>
              {t('download')}
            </a>
            {receipt.refundedAt && (
              <a href={`/payments/${payment.id}/refund/pdf`} className={downloadLink}>
                {t('downloadRefund')}
              </a>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="payment-items" className={card}>
        <h2 id="payment-items" className="text-xl font-semibold">
          {t('items')}
        </h2>
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li
              key={`${item.kind}-${item.refId}`}
              className="flex flex-wrap justify-between gap-2 border-b border-slate-200 pb-2"
            >
              {item.href ? <Link href={item.href}>{item.name}</Link> : <span>{item.name}</span>}
              <span className="whitespace-nowrap tabular-nums">{money(item.amountKopecks)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
