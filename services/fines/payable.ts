import 'server-only';
import {
  checkFinePaymentItem,
  lockFines,
  markFinesPaid,
  reopenFines,
} from '@/db/queries/fine-payments';
import { getFine } from '@/db/queries/fines';
import { finePayee } from '@/lib/fines/payee';
import { receiptTexts } from '@/lib/payments/receipt-texts';
import type { Payable } from '@/services/types';

/**
 * A fine as a payable: for the amount its rules give when the payment is created (decision 017),
 * paid once; the registry learns of the payment with its confirmation, and of a refund.
 */
export const finePayable: Payable = {
  check: checkFinePaymentItem,
  lock: lockFines,
  succeeded: (tx, payment) => markFinesPaid(tx, payment.refIds, payment.at),
  refunded: (tx, payment) => reopenFines(tx, payment.refIds, payment.id),
  paidOnce: true,
  usage: 'traffic-fines-payments',
  // The Treasury, for the traffic police's fines.
  payee: finePayee.name,
  async describe(viewer, refId, { locale, now }) {
    const fine = await getFine(viewer, refId, null, now);
    if (!fine) return null;
    const t = await receiptTexts(locale);
    return {
      name: t('fineItem', { uin: fine.uin }),
      href: `/fines/${refId}`,
      reference: fine.uin,
      payAgainHref: null,
    };
  },
  label: async (locale) => (await receiptTexts(locale))('itemFine'),
};
