import { z } from 'zod';
import { isUuid } from '@/lib/registry/identifiers';

// The fines payment form: a box per unpaid fine (`fine`, its id, sent once per ticked box) and the
// amount the payer was shown for each (`amount:<id>`), with the page's idempotency key. The amounts
// are what the payer saw, not what is charged: the payments module computes what is due and refuses
// a difference (decision 017).

/** More fines than this in one payment is not a form the page renders. */
export const MAX_FINES_PER_PAYMENT = 20;

const text = z.union([z.string(), z.array(z.string())]);

export const payFinesSchema = z
  .object({ fine: text.optional(), idempotencyKey: text.optional() })
  .catchall(text)
  .transform((form, ctx) => {
    const ids = [...new Set(form.fine === undefined ? [] : [form.fine].flat())];
    if (ids.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['fines'], message: 'noneSelected' });
      return z.NEVER;
    }
    const key = form.idempotencyKey;
    const items = ids.map((refId) => {
      const amount = form[`amount:${refId}`];
      return { refId, amountKopecks: typeof amount === 'string' ? Number(amount) : NaN };
    });
    if (
      ids.length > MAX_FINES_PER_PAYMENT ||
      typeof key !== 'string' ||
      !isUuid(key) ||
      items.some((i) => !isUuid(i.refId) || !Number.isSafeInteger(i.amountKopecks))
    ) {
      // A form the page never renders: nothing the payer could correct in a field.
      ctx.addIssue({ code: 'custom', path: ['_form'], message: 'invalid' });
      return z.NEVER;
    }
    return { idempotencyKey: key, items };
  });

/** The page a fines payment form was on: the list, or one fine's page. */
export function finesPageOf(back: string | undefined): string {
  return back && /^\/fines(\/[0-9a-f-]{36})?$/.test(back) ? back : '/fines';
}
