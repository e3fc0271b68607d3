import type { EpdLine } from './billing';
import { addMonths, dayOfPeriod, moscowDate, type Period } from '@/lib/city';

/** An ЕПД is due by the 10th of the month after its period. */
export const EPD_DUE_DAY = 10;

export type ComposedEpd = {
  period: Period;
  lines: EpdLine[];
  /** This period's charges. */
  chargedKopecks: number;
  /** Unpaid balance of earlier periods; negative when the resident paid ahead. */
  debtKopecks: number;
  /** What is to be paid: charged + debt (the epds table checks the same sum). */
  totalKopecks: number;
  dueDate: string;
};

/** `YYYY-MM-10` of the month after the period. */
export function epdDueDate(period: Period): string {
  return dayOfPeriod(addMonths(period, 1), EPD_DUE_DAY);
}

/** The debt carried into the next ЕПД: the previous one's total less what was paid against it. */
export function carriedDebt(previous: { totalKopecks: number } | null, paidKopecks = 0): number {
  return previous ? previous.totalKopecks - paidKopecks : 0;
}

/** The ЕПД of a period from its lines and the debt of earlier periods. */
export function composeEpd(input: {
  period: Period;
  lines: readonly EpdLine[];
  debtKopecks: number;
}): ComposedEpd {
  const chargedKopecks = input.lines.reduce((sum, line) => sum + line.chargeKopecks, 0);
  return {
    period: input.period,
    lines: [...input.lines],
    chargedKopecks,
    debtKopecks: input.debtKopecks,
    totalKopecks: chargedKopecks + input.debtKopecks,
    dueDate: epdDueDate(input.period),
  };
}

/** Unpaid after the end of the due day (Moscow). */
export function isEpdOverdue(dueDate: string, now: Date): boolean {
  return moscowDate(now) > dueDate;
}
