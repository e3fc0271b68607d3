import { addMonths, periodOf, type Period } from '@/lib/city';
import {
  defaultWindows,
  windowForPeriod,
  type ReadingKind,
  type WindowConfig,
} from '@/lib/housing';

/**
 * The latest period whose ЕПД can be generated at `now`: the month just ended, once its reading
 * windows have closed. Water readings for a month are accepted until the 3rd of the next one, so
 * generating on the 1st would bill on estimates the readings people were still allowed to send.
 * `windows`: the deployment's configured windows (READING_WINDOW_WATER/_ELECTRICITY).
 */
export function epdPeriodDue(
  now: Date,
  windows: Readonly<Record<ReadingKind, WindowConfig>> = defaultWindows,
): Period {
  const ended = addMonths(periodOf(now), -1);
  const closes = Math.max(
    windowForPeriod('water', ended, windows.water).closesAt.getTime(),
    windowForPeriod('electricity', ended, windows.electricity).closesAt.getTime(),
  );
  return now.getTime() > closes ? ended : addMonths(ended, -1);
}
