/**
 * The messages the fines pages' client forms use (the check, its answer, the payment); the words for
 * the documents both the cabinet and the check take are the `documents` area, sent whole.
 */
export const finesClientParts = {
  fines: ['check', 'errors', 'status', 'countdown', 'amount', 'list', 'pay'],
} as const;
