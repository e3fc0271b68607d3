import 'server-only';
import { getEpd } from '@/db/queries/epd';
import { checkEpdPaymentItem, lockEpds } from '@/db/queries/epd-payments';
import { epdText } from '@/lib/housing/epd-pdf';
import { epdPayee } from '@/lib/housing/qr';
import { receiptTexts } from '@/lib/payments/receipt-texts';
import type { Payable } from '@/services/types';

/**
 * The ЕПД as a payable: in full or in part, never above what is left (lib/payments epd-amount), any
 * number of times; its balance is what the payments since it was generated leave (paidSince).
 */
export const epdPayable: Payable = {
  check: (tx, viewer, item) => checkEpdPaymentItem(tx, viewer, item),
  lock: lockEpds,
  paidOnce: false,
  usage: 'housing-payments',
  payee: epdPayee.name,
  async describe(viewer, refId, { locale }) {
    const epd = await getEpd(viewer, refId);
    if (!epd) return null;
    const [t, text] = await Promise.all([receiptTexts(locale), epdText(locale)]);
    return {
      name: t('epdItem', { period: text.period(epd.period) }),
      href: `/housing/epd/${refId}`,
      reference: epd.period,
      payAgainHref: `/housing/pay?epd=${refId}`,
    };
  },
  label: async (locale) => (await receiptTexts(locale))('itemEpd'),
};
