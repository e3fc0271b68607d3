'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';
import { idlePayFines, type PayFinesState } from '../check-state';

// Choose the fines to pay (all unpaid ones at first) and pay them in one payment. Each fine goes
// with the amount shown, which the server checks against what is due at that moment. The total
// follows the choice in the browser; without JavaScript the form posts just the same.

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
  idempotencyKey,
  back,
  action,
}: {
  fines: PayableFine[];
  idempotencyKey: string;
  /** The page to come back to (the list, or one fine's page). */
  back: string;
  action: Action;
}) {
  const t = useTranslations('fines.pay');
  const locale = resolveLocale(useLocale());
  const [state, formAction, pending] = useActionState(action, idlePayFines);
  const [chosen, setChosen] = useState(() => new Set(fines.map((f) => f.id)));
  const total = fines.filter((f) => chosen.has(f.id)).reduce((sum, f) => sum + f.payKopecks, 0);
  const money = (kopecks: number) => formatRubles(kopecks, locale);
  const single = fines.length === 1;
  const noneSelected = state.status === 'error' && state.fieldErrors.fines === 'noneSelected';
  const formError = state.status === 'error' ? state.formError : undefined;

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="back" value={back} />
      {fines.map((f) => (
        <input key={f.id} type="hidden" name={`amount:${f.id}`} value={f.payKopecks} />
      ))}
      {formError && (
        <FormAlert>
          <p>{t(`errors.${formError}` as 'errors.notFound')}</p>
          {formError === 'inProgress' && state.status === 'error' && state.paymentId && (
            <p className="mt-1">
              <Link href={`/payments/${state.paymentId}`} className="font-semibold">
                {t('openPayment')}
              </Link>
            </p>
          )}
        </FormAlert>
      )}
      {single ? (
        <input type="hidden" name="fine" value={fines[0]!.id} />
      ) : (
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={noneSelected ? 'pay-fines-error' : undefined}
        >
          <legend className="mb-1 font-medium">{t('choose')}</legend>
          {fines.map((f) => (
            <label key={f.id} className="flex min-h-11 items-start gap-3">
              <input
                type="checkbox"
                name="fine"
                value={f.id}
                checked={chosen.has(f.id)}
                onChange={(e) => toggle(f.id, e.target.checked)}
                className="mt-1 size-5 shrink-0"
              />
              <span className="flex flex-1 flex-wrap justify-between gap-x-3">
                <span>
                  {f.title}
                  <span className="block text-sm text-slate-600">{t('uin', { uin: f.uin })}</span>
                </span>
                <span className="font-semibold whitespace-nowrap tabular-nums">
                  {money(f.payKopecks)}
                  {f.discount && (
                    <span className="block text-right text-sm font-normal text-slate-600">
                      {t('withDiscount')}
                    </span>
                  )}
                </span>
              </span>
            </label>
          ))}
          {noneSelected && (
            <p id="pay-fines-error" className="text-sm font-medium text-accent-600">
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
