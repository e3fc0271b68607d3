import type { ActionState } from '@/lib/forms/action-state';

// The ЕПД payment form's answer, shared by the form and the action.

export type PayField = 'amount';

export type PayState = ActionState<PayField> & {
  /** What was typed, so a page rendered without JavaScript shows it again. */
  values?: { amount: string };
  /** For "in progress": the unfinished payment, to open it. */
  paymentId?: string;
};

export const idlePay: PayState = { status: 'idle' };
