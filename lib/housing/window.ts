import { addMonths, daysInMonth, moscowTime, periodOf, periodParts, type Period } from '@/lib/city';

export type ReadingKind = 'water' | 'electricity';

/**
 * When readings are accepted, in Moscow days of the month: from `startDay` 00:00 to `endDay` 23:59:59.999.
 * An `endDay` below `startDay` means the window ends in the next month (water: the 15th to the 3rd).
 * The readings belong to the period of the month in which the window opens.
 */
export type WindowConfig = { startDay: number; endDay: number };

export const defaultWindows: Readonly<Record<ReadingKind, WindowConfig>> = {
  water: { startDay: 15, endDay: 3 },
  electricity: { startDay: 15, endDay: 26 },
};

export type WindowSpan = { period: Period; opensAt: Date; closesAt: Date };

export type ReadingWindow = WindowSpan & {
  /** Whether readings are accepted now; `period`, `opensAt` and `closesAt` are then the open window's. */
  open: boolean;
  /** The window after the open one; when closed, the same as the top-level (the next one to open). */
  next: WindowSpan;
};

/** Whether a configuration makes sense: days 1–28 for the start (every month has it), 1–31 for the end. */
export function isValidWindowConfig(config: WindowConfig): boolean {
  const { startDay, endDay } = config;
  return (
    Number.isInteger(startDay) &&
    Number.isInteger(endDay) &&
    startDay >= 1 &&
    startDay <= 28 &&
    endDay >= 1 &&
    endDay <= 31
  );
}

/** The submission window of a billing period. An end day past the month's last day means its last day. */
export function windowForPeriod(
  kind: ReadingKind,
  period: Period,
  config: WindowConfig = defaultWindows[kind],
): WindowSpan {
  if (!isValidWindowConfig(config))
    throw new RangeError(`Invalid reading window: ${JSON.stringify(config)}`);
  const { year, month } = periodParts(period);
  const endPeriod = config.endDay < config.startDay ? addMonths(period, 1) : period;
  const end = periodParts(endPeriod);
  const endDay = Math.min(config.endDay, daysInMonth(endPeriod));
  return {
    period,
    opensAt: moscowTime(year, month, config.startDay),
    closesAt: moscowTime(end.year, end.month, endDay, 23, 59, 59, 999),
  };
}

/** The window open at `now`, or else the next one to open, and the one after. */
export function readingWindow(
  kind: ReadingKind,
  now: Date,
  config: WindowConfig = defaultWindows[kind],
): ReadingWindow {
  const current = periodOf(now);
  const t = now.getTime();
  for (const period of [addMonths(current, -1), current]) {
    const span = windowForPeriod(kind, period, config);
    if (span.opensAt.getTime() <= t && t <= span.closesAt.getTime()) {
      return { ...span, open: true, next: windowForPeriod(kind, addMonths(period, 1), config) };
    }
  }
  const thisMonth = windowForPeriod(kind, current, config);
  const upcoming =
    thisMonth.opensAt.getTime() > t
      ? thisMonth
      : windowForPeriod(kind, addMonths(current, 1), config);
  return { ...upcoming, open: false, next: upcoming };
}

/** Whether a reading for `period` is accepted at `now` (the window of that very period is open). */
export function acceptsReadingsFor(
  kind: ReadingKind,
  period: Period,
  now: Date,
  config: WindowConfig = defaultWindows[kind],
): boolean {
  const window = readingWindow(kind, now, config);
  return window.open && window.period === period;
}

/** Whether the window is open at `now` and closes within `withinMs` (for «due this month» reminders). */
export function isClosingSoon(window: ReadingWindow, now: Date, withinMs: number): boolean {
  return window.open && window.closesAt.getTime() - now.getTime() <= withinMs;
}
