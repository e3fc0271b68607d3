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

/** The fines payment form's answer: `formError` is a key of `fines.pay.errors`. */
export type PayFinesState =
  | { status: 'idle' }
  | {
      status: 'error';
      /** `noneSelected` belongs next to the list of fines; the rest above the form. */
      fieldErrors: { fines?: 'noneSelected' };
      formError?: string;
      /** For "in progress": the unfinished payment, to open it. */
      paymentId?: string;
    };

export const idlePayFines: PayFinesState = { status: 'idle' };
