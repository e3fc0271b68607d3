import { daysUntil, type Period } from '@/lib/city';
import { epdBalance } from '@/lib/payments/epd-amount';
import { isEpdOverdue } from './epd';

// Where an ЕПД stands at `now`: the one status the cabinet's «due this month», the ЕПД list, its page
// and the pay page all show. Payments settle the oldest debt first, so an older ЕПД is paid once the
// apartment's payments since it was generated cover its total; what they do not cover was carried
// into the next ЕПД, which is the one to pay (checkEpdPaymentItem refuses paying an older one).

export type EpdStatusFacts = {
  totalKopecks: number;
  /** What the apartment paid since the ЕПД was generated (db/queries/epd-payments paidSince). */
  paidKopecks: number;
  /** `YYYY-MM-DD`, the last day to pay (Moscow). */
  dueDate: string;
  /** The apartment's latest ЕПД, when it is a later one than this. */
  later: { id: string; period: Period } | null;
};

export type EpdStatus =
  /** Nothing paid yet; the due date has not passed. */
  | { kind: 'toPay'; remainingKopecks: number; dueDate: string; daysLeft: number }
  | {
      kind: 'partlyPaid';
      paidKopecks: number;
      remainingKopecks: number;
      dueDate: string;
      daysLeft: number;
    }
  /** Unpaid (or paid in part: `paidKopecks`) after its due date. */
  | { kind: 'overdue'; paidKopecks: number; remainingKopecks: number; dueDate: string }
  /** `creditKopecks`: paid beyond the total, which the next ЕПД takes off. */
  | { kind: 'paid'; creditKopecks: number }
  /** A zero total, or one the earlier overpayment covered. */
  | { kind: 'nothingToPay'; creditKopecks: number }
  /** An older ЕПД not paid in full: the rest is part of the later ЕПД's total. */
  | { kind: 'carried'; remainingKopecks: number; into: { id: string; period: Period } };

export type EpdStatusKind = EpdStatus['kind'];

/** Where the ЕПД stands at `now`; its due date is a Moscow day, payable until its midnight. */
export function epdStatus(epd: EpdStatusFacts, now: Date): EpdStatus {
  const { totalKopecks, paidKopecks, dueDate, later } = epd;
  const { remainingKopecks } = epdBalance(epd);
  // On an older ЕПД, the payments since include those of later months: no credit is left on it.
  const creditKopecks = later ? 0 : Math.max(0, paidKopecks - totalKopecks);

  if (remainingKopecks === 0)
    return totalKopecks > 0
      ? { kind: 'paid', creditKopecks }
      : { kind: 'nothingToPay', creditKopecks };
  if (later) return { kind: 'carried', remainingKopecks, into: later };
  if (isEpdOverdue(dueDate, now))
    return { kind: 'overdue', paidKopecks, remainingKopecks, dueDate };
  const daysLeft = daysUntil(dueDate, now);
  return paidKopecks > 0
    ? { kind: 'partlyPaid', paidKopecks, remainingKopecks, dueDate, daysLeft }
    : { kind: 'toPay', remainingKopecks, dueDate, daysLeft };
}

/** A status that asks for a payment of this ЕПД (a carried one is paid through the later ЕПД). */
export type PayableEpdStatus = Extract<EpdStatus, { kind: 'toPay' | 'partlyPaid' | 'overdue' }>;

export function isEpdPayable(status: EpdStatus): status is PayableEpdStatus {
  return status.kind === 'toPay' || status.kind === 'partlyPaid' || status.kind === 'overdue';
}

/** The ЕПД to pay for this one: itself while payable, the later one it was carried into; or none. */
export function epdToPay(epdId: string, status: EpdStatus): string | null {
  if (isEpdPayable(status)) return epdId;
  return status.kind === 'carried' ? status.into.id : null;
}
