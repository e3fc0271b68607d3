// What the readings pages show of a meter: plain data, the same from the page's server render and from
// the submission's answer, so the browser can show a new reading without rendering the page again.

export type MeterKind = 'cold_water' | 'hot_water' | 'electricity';

export type HistoryRow = {
  period: string;
  /** Per zone (one value for water and single-rate meters). */
  values: string[];
  /** The month's use, when the month before has a reading too. */
  consumption: (string | null)[];
};

export type MeterView = {
  id: string;
  kind: MeterKind;
  serialNumber: string;
  zones: number;
  verifiedUntil: string;
  /** Past its verification date: it cannot take readings. */
  overdue: boolean;
  /** The reading a new one may not go below, per zone, and its period (null: the initial reading). */
  previous: { period: string | null; values: string[] };
  /** What was accepted for the window's period, per zone; null if nothing yet. */
  submitted: string[] | null;
  /** Newest first. */
  history: HistoryRow[];
};

/** The latest submission for the window's period. */
export type ReadingsReceipt = { number: string; submittedAt: Date };
