import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import { parseCard, type CardField } from '@/lib/payments/sandbox-cards';

// The sandbox card page's forms, shared by the browser and the actions. Messages are keys of
// `payments.errors`; the acquirer checks the card again on its side.

const fields = {
  id: z.string({ error: 'notFound' }).max(64),
  number: z.string({ error: 'cardNumberInvalid' }),
  expiry: z.string({ error: 'cardExpiryInvalid' }),
  cvc: z.string({ error: 'cardCvcInvalid' }),
  holder: z.string({ error: 'cardHolderInvalid' }),
};

/** The browser's clock is good enough for the hint; the acquirer decides with its own. */
export const cardFormSchema = z.object(fields).superRefine((card, ctx) => {
  const parsed = parseCard(card, new Date());
  if (parsed.ok) return;
  for (const [path, message] of Object.entries(parsed.fieldErrors))
    ctx.addIssue({ code: 'custom', path: [path], message });
});

export const challengeFormSchema = z.object({
  id: fields.id,
  code: z.string({ error: 'codeRequired' }).trim().min(1, { error: 'codeRequired' }).max(16),
});

export type CardState = ActionState<CardField> & {
  /** What was typed (never the CVC), so a page rendered without JavaScript shows it again. */
  values?: Partial<Record<CardField, string>>;
};

export type ChallengeState = ActionState<'code'>;

export const idleCard: CardState = { status: 'idle' };
export const idleChallenge: ChallengeState = { status: 'idle' };
