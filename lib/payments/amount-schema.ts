import { z } from 'zod';
import { parseRubles } from './amount';

// Apart from lib/payments/amount.ts, whose formatting the browser loads with the fines pages.

/** The same rule for forms (react-hook-form and the server action): a string in, kopecks out. */
export const amountSchema = z.string({ error: 'required' }).transform((text, ctx) => {
  const parsed = parseRubles(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.kopecks;
});
