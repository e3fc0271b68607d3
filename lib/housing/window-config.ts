import { isValidWindowConfig, type WindowConfig } from './window';

// A reading window as it is written in configuration: `<start day>-<end day>` in Moscow days of
// the month, e.g. `15-3` (the 15th to the 3rd of the next month) or `15-26`.

export type WindowConfigResult =
  { ok: true; config: WindowConfig } | { ok: false; message: string };

const pattern = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/;

/** Parses `start-end`; the message says what is wrong in words an operator can act on. */
export function parseWindowConfig(text: string): WindowConfigResult {
  const match = pattern.exec(text);
  if (!match)
    return {
      ok: false,
      message: `expected "<start day>-<end day>", e.g. "15-3" or "15-26" (got "${text}")`,
    };
  const config = { startDay: Number(match[1]), endDay: Number(match[2]) };
  if (!isValidWindowConfig(config))
    return {
      ok: false,
      message:
        `days must be 1–31 and the start day at most 28 (every month has it): got "${text}"; ` +
        'an end day below the start day means the next month',
    };
  return { ok: true, config };
}
