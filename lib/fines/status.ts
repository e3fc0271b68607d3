import { addDays, dayParts } from '@/lib/city';
import { moscowDate, moscowTime } from '@/lib/city';
import { fineDeadlines } from './deadlines';

// What a fine asks of its payer at a given instant, and how much. The day is the city's (Moscow)
// calendar day of `now`: a payment at 23:59 on the discount's last day still gets the discount.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type FineTerms = {
  /** `YYYY-MM-DD`, the Moscow day the постановление was made. */
  decisionDate: string;
  /** The КоАП article in the stored spelling (`12.9 ч.2`). */
  article: string;
  /** The fine imposed, in kopecks (whole roubles in practice). */
  amountKopecks: number;
};

export type FineStatus =
  | { kind: 'discount'; payKopecks: number; until: string }
  | { kind: 'due'; payKopecks: number; until: string }
  | { kind: 'overdue'; payKopecks: number }
  | { kind: 'paid' };

/**
 * Half the fine, an odd kopeck rounded up: a payment short of half leaves the charge unsettled
 * (ГИС ГМП matches a payment against the charge's amount), so the half-kopeck goes to the budget.
 */
export function discountedKopecks(amountKopecks: number): number {
  return Math.ceil(amountKopecks / 2);
}

/** Where an unpaid fine stands at `now`; `paidAt` set means paid, whenever that was. */
export function fineStatus(fine: FineTerms & { paidAt?: Date | null }, now: Date): FineStatus {
  if (fine.paidAt) return { kind: 'paid' };
  return unpaidStatus(fine, now);
}

/**
 * The amount that settles the fine if paid at `now`: what a payment is created for. Overdue fines
 * still take the full amount (a late payment is a separate offence, not a different sum).
 */
export function amountDueOn(fine: FineTerms, now: Date): number {
  return unpaidStatus(fine, now).payKopecks;
}

function unpaidStatus(fine: FineTerms, now: Date): Exclude<FineStatus, { kind: 'paid' }> {
  if (!Number.isSafeInteger(fine.amountKopecks) || fine.amountKopecks <= 0)
    throw new RangeError(`A fine's amount is a positive number of kopecks: ${fine.amountKopecks}`);
  const today = moscowDate(now);
  const { discountUntil, dueBy } = fineDeadlines(fine.decisionDate, fine.article);
  if (discountUntil !== null && today <= discountUntil)
    return {
      kind: 'discount',
      payKopecks: discountedKopecks(fine.amountKopecks),
      until: discountUntil,
    };
  if (today <= dueBy) return { kind: 'due', payKopecks: fine.amountKopecks, until: dueBy };
  return { kind: 'overdue', payKopecks: fine.amountKopecks };
}

/**
 * Time left until a last day (inclusive) ends at Moscow midnight, for the discount's countdown:
 * whole days while a day or more is left, then whole hours (0: under an hour), then ended.
 */
export type Countdown =
  { kind: 'days'; days: number } | { kind: 'hours'; hours: number } | { kind: 'ended' };

export function discountCountdown(now: Date, until: string): Countdown {
  const { year, month, day } = dayParts(addDays(until, 1));
  const left = moscowTime(year, month, day).getTime() - now.getTime();
  if (left <= 0) return { kind: 'ended' };
  if (left < DAY_MS) return { kind: 'hours', hours: Math.floor(left / HOUR_MS) };
  return { kind: 'days', days: Math.floor(left / DAY_MS) };
}
