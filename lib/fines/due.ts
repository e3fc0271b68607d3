import { daysUntil } from '@/lib/city';
import type { FineStatus } from './status';

// The fines the cabinet's «due this month» brings up: those whose discount is about to end (paying
// later costs twice as much) and those about to become overdue (paying later is a new offence).

/**
 * A fine is brought up in the last this-many days of its discount or of its term to pay in full. The
 * discount lasts 20 days, so a week's warning leaves time to pay without crowding the list for most
 * of it; the 60-day term gets the same week.
 */
export const FINE_REMINDER_DAYS = 7;

/** Flagged «Срочно» in its last this-many days (today, tomorrow, the day after). */
export const FINE_URGENT_DAYS = 3;

/** A fine as the fines DAL lists it, its status computed at the same `now`. */
export type DueFine = {
  id: string;
  uin: string;
  articleTitle: string;
  plate: string | null;
  licenceNumber: string | null;
  status: FineStatus;
};

export type FineDue = {
  fineId: string;
  uin: string;
  /** `discount`: half the fine until `until`; `due`: the full fine, overdue after `until`. */
  reason: 'discount' | 'due';
  articleTitle: string;
  plate: string | null;
  licenceNumber: string | null;
  /** The last day (Moscow, inclusive) of the discount or of the term to pay. */
  until: string;
  /** What settles the fine today. */
  payKopecks: number;
  daysLeft: number;
  urgent: boolean;
};

/** The unpaid fines whose discount or term to pay ends within FINE_REMINDER_DAYS, soonest first. */
export function finesDueSoon(fines: readonly DueFine[], now: Date): FineDue[] {
  const due: FineDue[] = [];
  for (const fine of fines) {
    const { status } = fine;
    // Paid fines ask nothing; overdue ones have no deadline left to warn about.
    if (status.kind !== 'discount' && status.kind !== 'due') continue;
    const daysLeft = daysUntil(status.until, now);
    if (daysLeft < 0 || daysLeft > FINE_REMINDER_DAYS) continue;
    due.push({
      fineId: fine.id,
      uin: fine.uin,
      reason: status.kind,
      articleTitle: fine.articleTitle,
      plate: fine.plate,
      licenceNumber: fine.licenceNumber,
      until: status.until,
      payKopecks: status.payKopecks,
      daysLeft,
      urgent: daysLeft < FINE_URGENT_DAYS,
    });
  }
  return due.sort((a, b) => a.until.localeCompare(b.until));
}

export type FineDueItem = { type: 'fine' } & FineDue;

/** The fines' part of «due this month». */
export function finesDue(fines: readonly DueFine[], now: Date): FineDueItem[] {
  return finesDueSoon(fines, now).map((fine) => ({ type: 'fine', ...fine }));
}

/** The last day of the discount or of the term to pay. */
export const fineDueDeadline = (item: FineDueItem) => item.until;
