'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useId, useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useSummaryFocus } from '@/components/forms/use-summary-focus';
import { Button } from '@/components/ui/button';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';
import { idlePayFines, type PayFinesState } from '../pay-state';
import { FineSummary, type FineListItem } from './fine-summary';

// The unpaid fines, each with a box to pay it (all ticked at first), paid together in one payment;
// or, on a fine's own page, that one fine. Each fine goes with the amount shown, which the server
// checks against what is due at that moment. The total follows the choice in the browser; without
// JavaScript the form posts just the same.

export type PayableFine = {
  id: string;
  title: string;
  uin: string;
  payKopecks: number;
  discount: boolean;
};

type Action = (state: PayFinesState, formData: FormData) => Promise<PayFinesState>;

export function PayFinesForm({
  fines,
  listed,
  idempotencyKey,
  back,
  action,
}: {
  fines: PayableFine[];
  /** The unpaid fines to show, those in `fines` with their box; without it, one fine's button. */
  listed?: FineListItem[];
  idempotencyKey: string;
  /** The page to come back to (the list, or one fine's page). */
  back: string;
  action: Action;
}) {
  const t = useTranslations('fines.pay');
  const locale = resolveLocale(useLocale());
  const [state, formAction, pending] = useActionState(action, idlePayFines);
  const { ref: summaryRef } = useSummaryFocus(state);
  const listId = useId();
  const [chosen, setChosen] = useState(() => new Set(fines.map((f) => f.id)));
  const total = fines.filter((f) => chosen.has(f.id)).reduce((sum, f) => sum + f.payKopecks, 0);
  const money = (kopecks: number) => formatRubles(kopecks, locale);
  const single = !listed;
  const payable = new Map(fines.map((f) => [f.id, f]));
  const noneSelected = state.status === 'error' && state.fieldErrors.fines === 'noneSelected';
  const formError = state.status === 'error' ? state.formError : undefined;

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // Posted from here rather than by the form itself: React resets a form after its action, which
  // would tick every box again while the total still follows the choice made.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="back" value={back} />
      {fines.map((f) => (
        <input key={f.id} type="hidden" name={`amount:${f.id}`} value={f.payKopecks} />
      ))}
      <ErrorSummary
        ref={summaryRef}
        fields={noneSelected ? [{ name: 'fines', id: listId }] : []}
        errorOf={() => t('errors.noneSelected')}
        formError={
          formError && (
            <>
              <p>{t(`errors.${formError}` as 'errors.notFound')}</p>
              {formError === 'inProgress' && state.status === 'error' && state.paymentId && (
                <p className="mt-1">
                  <Link href={`/payments/${state.paymentId}`} className="font-semibold">
                    {t('openPayment')}
                  </Link>
                </p>
              )}
            </>
          )
        }
      />
      {single ? (
        <input type="hidden" name="fine" value={fines[0]!.id} />
      ) : (
        <fieldset id={listId} aria-describedby={noneSelected ? 'pay-fines-error' : undefined}>
          <legend className="sr-only">{t('choose')}</legend>
          <ul className="flex flex-col gap-3" aria-label={t('listLabel')}>
            {listed.map((fine) => {
              const f = payable.get(fine.id);
              return (
                <li key={fine.id} className="flex items-start gap-3">
                  {f ? (
                    <input
                      type="checkbox"
                      name="fine"
                      value={f.id}
                      checked={chosen.has(f.id)}
                      onChange={(e) => toggle(f.id, e.target.checked)}
                      aria-label={t('select', { title: f.title, amount: money(f.payKopecks) })}
                      className="mt-5 size-6 shrink-0"
                    />
                  ) : (
                    <span className="w-6 shrink-0" />
                  )}
                  <div className="min-w-0 flex-1">
                    <FineSummary fine={fine} href={`/fines/${fine.id}`} />
                  </div>
                </li>
              );
            })}
          </ul>
          {noneSelected && (
            <p id="pay-fines-error" className="mt-2 text-sm font-medium text-accent-600">
              {t('errors.noneSelected')}
            </p>
          )}
        </fieldset>
      )}
      <p className="text-lg">
        {t.rich('total', {
          amount: money(total),
          strong: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
        })}
      </p>
      <p className="text-sm text-slate-700">{t('amountNote')}</p>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : single ? t('submitOne') : t('submit')}
      </Button>
    </form>
  );
}
