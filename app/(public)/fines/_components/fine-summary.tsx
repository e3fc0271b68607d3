import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Fine } from '@/lib/fines/view';
import { calendarDate } from '@/lib/city';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import type { Countdown, FineStatus } from '@/lib/fines/status';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';

// One fine in a list: what it is for, where it stands and what it costs today. Rendered by the
// server (the resident's own fines) and in the browser (a check's answer), so it takes no async data.

export type FineListItem = Pick<
  Fine,
  | 'id'
  | 'uin'
  | 'articleTitle'
  | 'article'
  | 'place'
  | 'offenceAt'
  | 'decisionDate'
  | 'amountKopecks'
  | 'plate'
  | 'licenceNumber'
  | 'paidAt'
  | 'status'
  | 'countdown'
  | 'paymentInProgress'
>;

const tones: Record<FineStatus['kind'], BadgeTone> = {
  discount: 'waiting',
  due: 'waiting',
  overdue: 'danger',
  paid: 'success',
};

export function StatusBadge({ status }: { status: FineStatus }) {
  const t = useTranslations('fines.status');
  return <Badge tone={tones[status.kind]}>{t(status.kind)}</Badge>;
}

export function CountdownText({ countdown }: { countdown: Countdown }) {
  const t = useTranslations('fines.countdown');
  if (countdown.kind === 'days') return t('days', { count: countdown.days });
  if (countdown.kind === 'hours') return t('hours', { count: countdown.hours });
  return t('ended');
}

/** What the fine asks today, in a sentence: the amount and the deadline that applies. */
export function AmountToday({ fine }: { fine: FineListItem }) {
  const t = useTranslations('fines.amount');
  const format = useFormatter();
  const locale = resolveLocale(useLocale());
  const money = (kopecks: number) => formatRubles(kopecks, locale);
  const day = (d: string) => format.dateTime(calendarDate(d), 'long');
  const { status } = fine;
  switch (status.kind) {
    case 'discount':
      return (
        <>
          <p>
            {t.rich('discount', {
              amount: money(status.payKopecks),
              until: day(status.until),
              strong: (chunks) => <strong className="text-lg">{chunks}</strong>,
            })}
          </p>
          <p className="text-sm text-slate-700">
            {t('fullAmount', { amount: money(fine.amountKopecks) })}
            {fine.countdown && (
              <>
                {' · '}
                <span className="font-semibold text-amber-900">
                  <CountdownText countdown={fine.countdown} />
                </span>
              </>
            )}
          </p>
        </>
      );
    case 'due':
      return (
        <p>
          {t.rich('due', {
            amount: money(status.payKopecks),
            until: day(status.until),
            strong: (chunks) => <strong className="text-lg">{chunks}</strong>,
          })}
        </p>
      );
    case 'overdue':
      return (
        <p>
          {t.rich('overdue', {
            amount: money(status.payKopecks),
            strong: (chunks) => <strong className="text-lg">{chunks}</strong>,
          })}
        </p>
      );
    case 'paid':
      return (
        <p>
          {fine.paidAt ? t('paidOn', { date: format.dateTime(fine.paidAt, 'long') }) : t('paid')}
        </p>
      );
  }
}

export function FineSummary({ fine, href }: { fine: FineListItem; href: string }) {
  const t = useTranslations('fines.list');
  const format = useFormatter();
  const document = fine.plate
    ? t('vehicle', { plate: formatPlate(fine.plate) })
    : fine.licenceNumber
      ? t('licence', { number: formatLicence(fine.licenceNumber) })
      : null;
  return (
    <article className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <Link href={href}>{fine.articleTitle}</Link>
        </h3>
        <StatusBadge status={fine.status} />
      </div>
      <p className="text-sm text-slate-700">
        {t('decision', {
          uin: fine.uin,
          date: format.dateTime(calendarDate(fine.decisionDate), 'long'),
        })}
        {document && ` · ${document}`}
      </p>
      <p className="text-sm text-slate-700">
        {t('offence', {
          article: fine.article,
          at: format.dateTime(fine.offenceAt, 'dateTime'),
          place: fine.place,
        })}
      </p>
      <AmountToday fine={fine} />
      {fine.paymentInProgress && fine.status.kind !== 'paid' && (
        <p className="text-sm text-amber-900">{t('paymentInProgress')}</p>
      )}
    </article>
  );
}
