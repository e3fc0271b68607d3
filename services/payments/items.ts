import 'server-only';
import type { PaymentDetail } from '@/db/queries/payments';
import type { Viewer } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/config';
import { payableOf } from '@/services/registry';
import type { PayableItemView } from '@/services/types';

export type PaymentItemView = PaymentDetail['items'][number] & PayableItemView;

/**
 * Each item of a payment as its service names it on the page and the receipt. An item the viewer no
 * longer sees (an apartment or a car unlinked since) keeps only its kind in words, so a payment never
 * shows someone else's document.
 */
export function paymentItemViews(
  viewer: Viewer,
  payment: PaymentDetail,
  context: { locale: Locale; now: Date },
): Promise<PaymentItemView[]> {
  return Promise.all(
    payment.items.map(async (item) => {
      const payable = payableOf(item.kind);
      const view = await payable?.describe(viewer, item.refId, context);
      return {
        ...item,
        ...(view ?? {
          name: payable ? await payable.label(context.locale) : item.kind,
          href: null,
          reference: null,
          payAgainHref: null,
        }),
      };
    }),
  );
}

/** Who the money of a payment went to, as its receipt names them: the payee of what it paid. */
export function paymentPayee(payment: PaymentDetail): string {
  return payableOf(payment.items[0]?.kind ?? '')?.payee ?? '';
}
