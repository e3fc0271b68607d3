// The fines payment form's answer, shared by the form and its action.

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
