import { PAYMENT_LIMIT_KOPECKS } from '@/lib/payments/amount';

// Why the pay form's largest amount is what it is, so the page can say it in words. The amount
// itself is lib/payments epd-amount's maxEpdPayment: what remains plus one month of the ЕПД's
// charges paid ahead, never above the per-payment cap.

export type EpdPayLimit =
  /** The per-payment cap binds: a larger sum goes in several payments. */
  | { reason: 'cap'; maxKopecks: number }
  /** What remains plus an advance up to a month's charges, which the next ЕПД takes off. */
  | { reason: 'advance'; maxKopecks: number; remainingKopecks: number; advanceKopecks: number }
  /** What remains, and no advance (the month's charges are not positive). */
  | { reason: 'remaining'; maxKopecks: number };

/** The reason for `maxKopecks` (from maxEpdPayment); null when nothing may be paid. */
export function epdPayLimit({
  remainingKopecks,
  maxKopecks,
}: {
  remainingKopecks: number;
  maxKopecks: number;
}): EpdPayLimit | null {
  if (maxKopecks <= 0) return null;
  if (maxKopecks >= PAYMENT_LIMIT_KOPECKS) return { reason: 'cap', maxKopecks };
  if (maxKopecks > remainingKopecks)
    return {
      reason: 'advance',
      maxKopecks,
      remainingKopecks,
      advanceKopecks: maxKopecks - remainingKopecks,
    };
  return { reason: 'remaining', maxKopecks };
}
