import { addDays } from '@/lib/city';
import { isWorkingDay } from '@/lib/city';
import { hasDiscount } from './articles';

// A fine's deadlines in Moscow calendar days (`YYYY-MM-DD`), counted as КоАП art. 4.8 counts terms:
// a term of n days starts on the day after the event (part 1), so its last day is the event's day + n;
// it ends at 24:00 of that day, and a last day that is not a working day gives way to the next
// working day (part 3). Decision 016 records why each term is read this way.

/** КоАП 30.3: a decision may be appealed within 10 days; it takes effect once they have passed (31.1). */
export const APPEAL_DAYS = 10;
/** КоАП 32.2 part 1.3: half the fine, if paid "не позднее двадцати дней со дня вынесения постановления". */
export const DISCOUNT_DAYS = 20;
/** КоАП 32.2 part 1: the full fine, "не позднее шестидесяти дней со дня вступления постановления в законную силу". */
export const PAYMENT_DAYS = 60;

/** The last day of a term of `days` days that begins after `from`. */
export function lastDayOfTerm(from: string, days: number): string {
  let last = addDays(from, days);
  while (!isWorkingDay(last)) last = addDays(last, 1);
  return last;
}

export type FineDeadlines = {
  /** The first day the decision is in force: the day after the appeal term's last day. */
  effectiveOn: string;
  /** The last day the discount holds (inclusive); null for an article without one. */
  discountUntil: string | null;
  /** The last day to pay the full fine (inclusive); the day after, it is overdue. */
  dueBy: string;
};

/** The deadlines of a fine decided on `decisionDate` (the Moscow day the постановление was made). */
export function fineDeadlines(decisionDate: string, article: string): FineDeadlines {
  const effectiveOn = addDays(lastDayOfTerm(decisionDate, APPEAL_DAYS), 1);
  return {
    effectiveOn,
    discountUntil: hasDiscount(article) ? lastDayOfTerm(decisionDate, DISCOUNT_DAYS) : null,
    dueBy: lastDayOfTerm(effectiveOn, PAYMENT_DAYS),
  };
}
