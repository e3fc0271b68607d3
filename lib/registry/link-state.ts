import type { ActionState } from '@/lib/forms/action-state';

/**
 * What the cabinet's link action answers a link form. Field errors are keys of `documents.errors`;
 * `formError` is `<kind>.<answer>`, a key of `cabinet.errors` (not found, already yours, another
 * person's, too many attempts).
 */
export type LinkState<F extends string = string> = ActionState<F> & {
  /** What the person typed, so a page rendered without JavaScript shows it again. */
  values?: Partial<Record<F, string>>;
  /** For "already in your account": the record, to link to it. */
  existingId?: string;
};
