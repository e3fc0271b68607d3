import type { ActionState } from '@/lib/forms/action-state';
import type { ReadingConcern } from '@/lib/housing/reading-form';
import type { MeterView, ReadingsReceipt } from '@/lib/housing/readings-view';

/** What the readings action answers the form; message keys are of `meters.errors`. */
export type ReadingsState = ActionState & {
  /** What was typed, so a page rendered without JavaScript shows it again. */
  values?: Record<string, string>;
  /** The warning step: what looks unusual, and the token that confirms exactly these values. */
  confirmation?: { concerns: ReadingConcern[]; token: string };
  /** The next window, when the form was sent after this one closed (ISO instants). */
  window?: { opensAt: string; closesAt: string };
  /** After a submission: the apartment's meters as they are now and the receipt, for the page to show. */
  accepted?: { meters: MeterView[]; receipt: ReadingsReceipt };
};

export const idleReadings: ReadingsState = { status: 'idle' };
