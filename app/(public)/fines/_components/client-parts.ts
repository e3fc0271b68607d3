/**
 * The messages the fines pages' client forms use (the check, its answer, the payment), with the
 * cabinet's words for the documents both services take (see check-forms' useFieldError).
 */
export const finesClientParts = {
  fines: ['check', 'errors', 'status', 'countdown', 'amount', 'list', 'pay'],
  cabinet: ['errors'],
} as const;
