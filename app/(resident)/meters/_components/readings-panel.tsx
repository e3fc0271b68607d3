'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ReadingKind, ReadingWindow, WindowConfig } from '@/lib/housing';
import { calendarDate } from '@/lib/city';
import type { MeterView, ReadingsReceipt } from '@/lib/housing/readings-view';
import type { ReadingsState } from '../readings-state';
import { MeterDetails, MeterHistory } from './meter-views';
import { ReadingsForm, type FormMeter } from './readings-form';

type Action = (state: ReadingsState, formData: FormData) => Promise<ReadingsState>;

export type Accepted = { meters: MeterView[]; receipt: ReadingsReceipt };

/**
 * One apartment's meters: the window, the receipt, the form (or, with the window closed, the meters)
 * and the history. The page renders it with the database's figures; a submission's answer carries
 * the apartment's meters as they are after it, so the page shows them without being rendered again.
 */
export function ReadingsPanel({
  kind,
  apartment,
  window,
  windowDays,
  meters,
  receipt,
  action,
  locale,
}: {
  kind: ReadingKind;
  apartment: { id: string; building: string; flat: string };
  window: ReadingWindow;
  windowDays: WindowConfig;
  meters: MeterView[];
  receipt: ReadingsReceipt | null;
  action: Action;
  locale: string;
}) {
  const t = useTranslations('meters');
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const view = accepted ?? { meters, receipt };
  const period = calendarDate(window.period);

  return (
    <>
      <section
        aria-labelledby="readings-form-title"
        className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="readings-form-title" className="text-xl font-semibold">
          {t('apartment', { building: apartment.building, flat: apartment.flat })}
        </h2>
        <div className="flex flex-col gap-1">
          <p className="font-medium">
            {window.open
              ? t('window.open', { period, closesAt: window.closesAt })
              : t('window.closed', {
                  period,
                  opensAt: window.opensAt,
                  closesAt: window.closesAt,
                })}
          </p>
          <p className="text-sm text-slate-600">
            {t(`window.rule.${kind}`, {
              start: windowDays.startDay,
              end: windowDays.endDay,
              crosses: windowDays.endDay < windowDays.startDay ? 'yes' : 'no',
            })}
          </p>
        </div>
        {view.receipt && (
          <p role="status" className="rounded-md bg-green-50 px-4 py-3 text-green-900">
            {t('receipt', {
              period,
              submittedAt: view.receipt.submittedAt,
              number: view.receipt.number,
            })}{' '}
            {window.open && t('correctionHint')}
          </p>
        )}
        {view.meters.length === 0 ? (
          <p>{t(`noMeters.${kind}`)}</p>
        ) : window.open ? (
          <ReadingsForm
            kind={kind}
            apartmentId={apartment.id}
            locale={locale}
            action={action}
            onAccepted={setAccepted}
            meters={view.meters.map((m): FormMeter => ({
              id: m.id,
              kind: m.kind,
              serialNumber: m.serialNumber,
              zones: m.zones,
              overdue: m.overdue,
              previous: m.previous.values,
              submitted: m.submitted,
              details: <MeterDetails kind={kind} meter={m} />,
            }))}
          />
        ) : (
          <ul className="flex flex-col gap-3">
            {view.meters.map((m) => (
              <li key={m.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">
                  {t(`kind.${m.kind}`)}, № {m.serialNumber}
                </h3>
                <MeterDetails kind={kind} meter={m} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.meters.length > 0 && (
        <section aria-labelledby="history-title" className="flex flex-col gap-4">
          <h2 id="history-title" className="text-xl font-semibold">
            {t('history.title')}
          </h2>
          {view.meters.map((m) => (
            <article
              key={m.id}
              aria-labelledby={`history-${m.id}`}
              className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6"
            >
              <h3 id={`history-${m.id}`} className="font-semibold">
                {t(`kind.${m.kind}`)}, № {m.serialNumber}
              </h3>
              <MeterHistory kind={kind} meter={m} />
            </article>
          ))}
        </section>
      )}
    </>
  );
}
