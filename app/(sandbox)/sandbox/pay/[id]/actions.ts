'use server';

import { redirect } from 'next/navigation';
import type { CardField } from '@/lib/payments/sandbox-cards';
import { cardPostSchema, challengeFormSchema } from '@/lib/payments/sandbox-forms';
import { stateAction } from '@/server/action';
import { serverSandbox } from '@/server/payments/sandbox-acquirer';
import type { CardState, ChallengeState } from './card-state';

// The sandbox acquirer's card page: "the bank's" forms, so no sign-in; the payment id is the key.
// Field errors and `formError` are keys of `payments.errors`.

export const payWithCardAction = stateAction({
  access: { anyone: true },
  schema: cardPostSchema,
  maxLength: 100,
  invalid: (): CardState => ({ status: 'error', fieldErrors: {}, formError: 'paymentNotFound' }),
  async handler({ id, ...card }, { now }): Promise<CardState> {
    const values = { number: card.number, expiry: card.expiry, holder: card.holder };
    const result = await serverSandbox().payWithCard(id, card, now);
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
  },
});

export const confirmChallengeAction = stateAction({
  access: { anyone: true },
  schema: challengeFormSchema,
  maxLength: 100,
  invalid: (fieldErrors): ChallengeState =>
    fieldErrors.code
      ? { status: 'error', fieldErrors: { code: fieldErrors.code } }
      : { status: 'error', fieldErrors: {}, formError: 'paymentNotFound' },
  async handler({ id, code }): Promise<ChallengeState> {
    const result = await serverSandbox().confirmChallenge(id, code);
    if (result.ok) redirect(result.returnUrl);
    if (result.error === 'alreadyProcessed' && result.returnUrl) redirect(result.returnUrl);
    return { status: 'error', fieldErrors: {}, formError: 'paymentNotFound' };
  },
});
