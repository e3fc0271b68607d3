'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ReadingKind, ReadingWindow, WindowConfig } from '@/lib/housing';
import { calendarDate } from '@/lib/city';
import type { MeterView, ReadingsReceipt } from '@/lib/housing/readings-view';
import type { ReadingsState } from '../readings-state';
import { MeterSection } from './meter-views';
import { ReadingsForm } from './readings-form';

type Action = (state: ReadingsState, formData: FormData) => Promise<ReadingsState>;

export type Accepted = { meters: MeterView[]; receipt: ReadingsReceipt };

/**
 * One apartment's meters: the window, the receipt, then each meter with its fields (while the window
 * is open) and its history. The page renders it with the database's figures; a submission's answer
 * carries the apartment's meters as they are after it, so the page shows them without being rendered
 * again, and the receipt, which is the one confirmation and takes the focus.
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
  const receiptRef = useRef<HTMLParagraphElement>(null);
  // Focus on the confirmation, so a screen reader says it and the keyboard is not left on the page.
  useEffect(() => {
    if (accepted) receiptRef.current?.focus();
  }, [accepted]);

  return (
    <section aria-labelledby="readings-form-title" className="flex flex-col gap-4">
      <div className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
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
          <p
            ref={receiptRef}
            tabIndex={-1}
            className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {t('receipt', {
              period,
              submittedAt: view.receipt.submittedAt,
              number: view.receipt.number,
            })}{' '}
            {window.open && t('correctionHint')}
          </p>
        )}
        {view.meters.length === 0 && <p>{t(`noMeters.${kind}`)}</p>}
      </div>

      {view.meters.length > 0 &&
        (window.open ? (
          <ReadingsForm
            kind={kind}
            apartmentId={apartment.id}
            locale={locale}
            action={action}
            onAccepted={setAccepted}
            meters={view.meters}
          />
        ) : (
          view.meters.map((m) => <MeterSection key={m.id} kind={kind} meter={m} />)
        ))}
    </section>
  );
}
