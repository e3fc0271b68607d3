import type { CheckedFine } from '@/db/queries/fines';
import type { CheckField, CheckKind } from '@/lib/fines/check-schemas';
import type { ActionState } from '@/lib/forms/action-state';

// The fine check's answer, shared by the forms and the actions. Field errors and `formError` are
// keys of `fines.errors`.

export type CheckState = ActionState<CheckField> & {
  kind?: CheckKind;
  /** What was typed, so a page rendered without JavaScript shows it again. */
  values?: Partial<Record<CheckField, string>>;
  /** The fines found (possibly none: the documents match, nothing is owed). */
  fines?: CheckedFine[];
};

export const idleCheck: CheckState = { status: 'idle' };
