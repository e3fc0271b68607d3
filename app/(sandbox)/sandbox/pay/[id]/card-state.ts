import type { ActionState } from '@/lib/forms/action-state';
import type { CardField } from '@/lib/payments/sandbox-cards';

// The sandbox card page's answers, shared by the forms and the actions.

export type CardState = ActionState<CardField> & {
  /** What was typed (never the CVC), so a page rendered without JavaScript shows it again. */
  values?: Partial<Record<CardField, string>>;
};

export type ChallengeState = ActionState<'code'>;

export const idleCard: CardState = { status: 'idle' };
export const idleChallenge: ChallengeState = { status: 'idle' };
