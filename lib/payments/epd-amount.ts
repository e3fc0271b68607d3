import { PAYMENT_LIMIT_KOPECKS } from './amount';

// How much of an ЕПД may be paid: in full or in part, a month ahead at most, never above the cap.

export type EpdPaymentError =
  'epdAlreadyPaid' | 'amountNotPositive' | 'amountAboveEpdLimit' | 'amountTooLarge';

/**
 * What is left to pay. `totalKopecks` is the ЕПД's total (charges plus the debt carried; negative
 * when prepaid), `paidKopecks` its succeeded payments minus refunds. A prepaid or overpaid ЕПД has
 * nothing left; the surplus is the next ЕПД's credit, not a negative remainder.
 */
export function epdBalance({
  totalKopecks,
  paidKopecks,
}: {
  totalKopecks: number;
  paidKopecks: number;
}): { remainingKopecks: number } {
  return { remainingKopecks: Math.max(0, totalKopecks - paidKopecks) };
}

type EpdLimits = { remainingKopecks: number; chargesKopecks: number };

/**
 * The most one payment of this ЕПД may be: what remains plus one month of its charges ahead
 * (the next ЕПД carries it as a credit), capped per payment. Zero once it is paid.
 */
export function maxEpdPayment({ remainingKopecks, chargesKopecks }: EpdLimits): number {
  if (remainingKopecks <= 0) return 0;
  return Math.min(epdCeiling({ remainingKopecks, chargesKopecks }), PAYMENT_LIMIT_KOPECKS);
}

// A recalculation can make a month's charges negative; that is no reason to lower the ceiling.
const epdCeiling = ({ remainingKopecks, chargesKopecks }: EpdLimits) =>
  remainingKopecks + Math.max(0, chargesKopecks);

/** Whether a payer may pay this amount (whole kopecks) towards this ЕПД now. */
export function checkEpdPayment(
  amountKopecks: number,
  limits: EpdLimits,
): { ok: true } | { ok: false; error: EpdPaymentError } {
  // Said first: to someone whose bill is settled, "already paid" is the answer, whatever they typed.
  if (limits.remainingKopecks <= 0) return { ok: false, error: 'epdAlreadyPaid' };
  if (!Number.isSafeInteger(amountKopecks) || amountKopecks < 1)
    return { ok: false, error: 'amountNotPositive' };
  if (amountKopecks <= maxEpdPayment(limits)) return { ok: true };
  // Name whichever limit binds: the ЕПД's own, unless it is above the per-payment cap.
  const capBinds = epdCeiling(limits) > PAYMENT_LIMIT_KOPECKS;
  return { ok: false, error: capBinds ? 'amountTooLarge' : 'amountAboveEpdLimit' };
}
