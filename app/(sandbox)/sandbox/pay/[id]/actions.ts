'use server';

import { redirect } from 'next/navigation';
import { serverSandbox } from '@/server/payments/sandbox-acquirer';
import { fieldErrorsOf, formValues } from '@/lib/forms/action-state';
import type { CardField } from '@/lib/payments/sandbox-cards';
import { challengeFormSchema, type CardState, type ChallengeState } from './card-state';

// The sandbox acquirer's card page: "the bank's" forms, so no sign-in; the payment id is the key.
// Field errors and `formError` are keys of `payments.errors`.

export async function payWithCardAction(
  _previous: CardState,
  formData: FormData,
): Promise<CardState> {
  const input = formValues(formData, 100);
  const card = {
    number: input.number ?? '',
    expiry: input.expiry ?? '',
    cvc: input.cvc ?? '',
    holder: input.holder ?? '',
  };
  const values = { number: card.number, expiry: card.expiry, holder: card.holder };
  const id = input.id ?? '';
  const result = await serverSandbox().payWithCard(id, card, new Date());
  if (result.ok) {
    // The extra step is the same page, now in its `challenge` state.
    redirect(
      result.next === 'return' ? result.returnUrl : `/sandbox/pay/${encodeURIComponent(id)}`,
    );
  }
  if ('fieldErrors' in result)
    return {
      status: 'error',
      fieldErrors: result.fieldErrors satisfies Partial<Record<CardField, string>>,
      values,
    };
  if (result.error === 'alreadyProcessed' && result.returnUrl) redirect(result.returnUrl);
  return { status: 'error', fieldErrors: {}, formError: 'paymentNotFound', values };
}

export async function confirmChallengeAction(
  _previous: ChallengeState,
  formData: FormData,
): Promise<ChallengeState> {
  const parsed = challengeFormSchema.safeParse(formValues(formData, 100));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<'code' | 'id'>(parsed.error);
    return fieldErrors.code
      ? { status: 'error', fieldErrors: { code: fieldErrors.code } }
      : { status: 'error', fieldErrors: {}, formError: 'paymentNotFound' };
  }
  const result = await serverSandbox().confirmChallenge(parsed.data.id, parsed.data.code);
  if (result.ok) redirect(result.returnUrl);
  if (result.error === 'alreadyProcessed' && result.returnUrl) redirect(result.returnUrl);
  return { status: 'error', fieldErrors: {}, formError: 'paymentNotFound' };
}
