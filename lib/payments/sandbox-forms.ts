import { z } from 'zod';
import { parseCard } from './sandbox-cards';

// The sandbox card page's forms, shared by the browser and the actions. Messages are keys of
// `payments.errors`. The acquirer checks the card on its own side (parseCard): what the page checks
// in the browser only spares a round trip.

const fields = {
  id: z.string({ error: 'notFound' }).max(64),
  number: z.string({ error: 'cardNumberInvalid' }),
  expiry: z.string({ error: 'cardExpiryInvalid' }),
  cvc: z.string({ error: 'cardCvcInvalid' }),
  holder: z.string({ error: 'cardHolderInvalid' }),
};

/** The card as the browser checks it, by its own clock (`now`). */
export const cardFormSchema = (now: Date) =>
  z.object(fields).superRefine((card, ctx) => {
    const parsed = parseCard(card, now);
    if (parsed.ok) return;
    for (const [path, message] of Object.entries(parsed.fieldErrors))
      ctx.addIssue({ code: 'custom', path: [path], message });
  });

/** The card as it is posted to the acquirer: a missing field is an empty one, which it refuses. */
export const cardPostSchema = z.object({
  id: z.string().catch(''),
  number: z.string().catch(''),
  expiry: z.string().catch(''),
  cvc: z.string().catch(''),
  holder: z.string().catch(''),
});

export const challengeFormSchema = z.object({
  id: fields.id,
  code: z.string({ error: 'codeRequired' }).trim().min(1, { error: 'codeRequired' }).max(16),
});
