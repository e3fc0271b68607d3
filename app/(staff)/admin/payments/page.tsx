import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { listPaymentsForAdmin } from '@/db/queries/payments';
import { PAYMENTS_PAGE_SIZE, USER_QUERY_MAX, paymentListParamsSchema } from '@/lib/admin/schemas';
import { getViewer } from '@/server/auth/viewer';
import { formatRubles } from '@/lib/payments/amount';
import { ListPages, ListSearch } from '../_components/list-controls';
import { RefundForm } from './_components/refund-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.payments');
  return { title: t('title') };
}

/** Every payment made through the portal, for admins: find one, see its state, return its money. */
export default async function AdminPaymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q, page } = paymentListParamsSchema.parse(await searchParams);
  const viewer = await getViewer();
  const list = await listPaymentsForAdmin(viewer, { query: q, page, pageSize: PAYMENTS_PAGE_SIZE });
  if (!list) notFound();
  const [t, tp, format, locale] = await Promise.all([
    getTranslations('admin.payments'),
    getTranslations('payments'),
    getFormatter(),
    getLocale(),
  ]);
  const money = (kopecks: number) => formatRubles(kopecks, locale === 'en' ? 'en' : 'ru');
  const pages = Math.max(1, Math.ceil(list.total / PAYMENTS_PAGE_SIZE));

  return (
    <section aria-labelledby="admin-payments-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 id="admin-payments-title" className="text-2xl font-bold">
          {t('title')}
        </h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <ListSearch
        path="/admin/payments"
        q={q}
        maxLength={USER_QUERY_MAX}
        text={{
          label: t('search.label'),
          hint: t('search.hint'),
          submit: t('search.submit'),
          reset: t('search.reset'),
        }}
      />

      <p role="status" className="font-medium">
        {t('total', { count: list.total })}
      </p>

      {list.rows.length > 0 && (
        <ul aria-label={t('listLabel')} className="flex flex-col gap-3">
          {list.rows.map((p) => (
            <li
              key={p.id}
              className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_auto]"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <h2 className="text-lg font-semibold">
                  {money(p.amountKopecks)} · {tp(`status.${p.status}`)}
                </h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700">
                  <dt>{t('payer')}</dt>
                  <dd className="break-all">
                    {p.payerName}, {p.payerEmail}
                  </dd>
                  <dt>{t('createdAt')}</dt>
                  <dd>
                    <time dateTime={p.createdAt.toISOString()}>
                      {format.dateTime(p.createdAt, 'dateTime')}
                    </time>
                  </dd>
                  {p.receiptNumber && (
                    <>
                      <dt>{t('receiptNumber')}</dt>
                      <dd>{p.receiptNumber}</dd>
                    </>
                  )}
                  {p.refundedAt && (
                    <>
                      <dt>{t('refundedAt')}</dt>
                      <dd>{format.dateTime(p.refundedAt, 'dateTime')}</dd>
                    </>
                  )}
                </dl>
              </div>
              {p.status === 'succeeded' && (
                <div className="md:w-80">
                  <RefundForm paymentId={p.id} amount={money(p.amountKopecks)} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <ListPages
        path="/admin/payments"
        q={q}
        page={page}
        pages={pages}
        text={{
          label: t('pagination.label'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          status: t('pagination.status', { page, pages }),
        }}
      />
    </section>
  );
}
