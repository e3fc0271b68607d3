import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listPayments } from '@/db/queries/payments';
import { requireViewer } from '@/server/auth/viewer';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';
import { StatusBadge } from './_components/status-badge';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('payments.list');
  return { title: t('title') };
}

export default async function PaymentsPage() {
  const viewer = await requireViewer('/payments');
  const [payments, t, format, locale] = await Promise.all([
    listPayments(viewer),
    getTranslations('payments.list'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>

      {payments.length === 0 ? (
        <section className="flex flex-col items-start gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <p>{t('empty')}</p>
          <Link
            href="/housing/pay"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t('payEpd')}
          </Link>
        </section>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <table className="w-full text-left text-sm sm:text-base">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('date')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t('amount')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('status')}
                </th>
                <th scope="col" className="hidden py-2 font-medium sm:table-cell">
                  {t('receipt')}
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => {
                const date = format.dateTime(p.succeededAt ?? p.createdAt, 'dateTime');
                return (
                  <tr key={p.id} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <Link
                        href={`/payments/${p.id}`}
                        aria-label={t('openLabel', { date })}
                        className="inline-block py-1"
                      >
                        {date}
                      </Link>
                    </th>
                    <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                      {formatRubles(p.amountKopecks, locale)}
                    </td>
                    <td className="py-2 pr-3">
                      <StatusBadge status={p.status} />
                    </td>
                    <td className="hidden py-2 font-mono text-sm sm:table-cell">
                      {p.receiptNumber ?? '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
