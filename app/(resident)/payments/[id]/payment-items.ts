import 'server-only';
import { getEpd } from '@/db/queries/epd';
import { getFine } from '@/db/queries/fines';
import type { PaymentDetail } from '@/db/queries/payments';
import type { Viewer } from '@/lib/auth/roles';

export type NamedPaymentItem = PaymentDetail['items'][number] & {
  /** The ЕПД's period, for an ЕПД the viewer still sees. */
  period: string | null;
  /** The fine's УИН, for a fine the viewer still sees (their linked car or licence). */
  uin: string | null;
};

/**
 * Each item of a payment with what names it on the page and the receipt. An item the viewer no
 * longer sees (an apartment or a car unlinked since) keeps only its kind, so a payment never shows
 * someone else's document.
 */
export async function namedItems(
  viewer: Viewer,
  payment: PaymentDetail,
  now: Date,
): Promise<NamedPaymentItem[]> {
  return Promise.all(
    payment.items.map(async (item) => ({
      ...item,
      period: item.kind === 'epd' ? ((await getEpd(viewer, item.refId))?.period ?? null) : null,
      uin:
        item.kind === 'fine' ? ((await getFine(viewer, item.refId, null, now))?.uin ?? null) : null,
    })),
  );
}

/** The receipt's texts an item's description is made of (payments.json, `receipt`). */
export type ItemTexts = Record<
  'epdItem' | 'fineItem' | 'itemEpd' | 'itemFine' | 'itemMealTopup',
  string
>;

const kindText = { epd: 'itemEpd', fine: 'itemFine', meal_topup: 'itemMealTopup' } as const;

/** An item as the receipt PDF names it: «ЕПД за …», «Штраф, УИН …», or just its kind. */
export function itemDescription(
  item: NamedPaymentItem,
  texts: ItemTexts,
  periodText: (period: string) => string,
): string {
  if (item.period) return texts.epdItem.replace('{period}', periodText(item.period));
  if (item.uin) return texts.fineItem.replace('{uin}', item.uin);
  return texts[kindText[item.kind]];
}
