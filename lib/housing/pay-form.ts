import { z } from 'zod';
import { amountSchema } from '@/lib/payments/amount-schema';
import { isUuid } from '@/lib/registry/identifiers';

// The ЕПД payment form, shared by the browser and the action. Messages are keys of `payments.errors`.

const id = (error: string) => z.string({ error }).refine(isUuid, { error });

export const payEpdFormSchema = z.object({
  epdId: id('notFound'),
  amount: amountSchema,
  /** Rendered by the server once per page view: a double click or a resent form reuses it. */
  idempotencyKey: id('invalid'),
});
