import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { amountSchema } from '@/lib/payments/amount';
import { isUuid } from '@/lib/registry/identifiers';

// The ЕПД payment form's schema and answer, shared by the browser and the action. Messages are keys
// of `payments.errors`.

const id = (error: string) => z.string({ error }).refine(isUuid, { error });

export const payFormSchema = z.object({
  epdId: id('notFound'),
  amount: amountSchema,
  /** Rendered by the server once per page view: a double click or a resent form reuses it. */
  idempotencyKey: id('invalid'),
});

export type PayField = 'amount';

export type PayState = ActionState<PayField> & {
  /** What was typed, so a page rendered without JavaScript shows it again. */
  values?: { amount: string };
  /** For "in progress": the unfinished payment, to open it. */
  paymentId?: string;
};

export const idlePay: PayState = { status: 'idle' };
