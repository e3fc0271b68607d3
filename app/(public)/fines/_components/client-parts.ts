/** The parts of the `fines` messages its client forms use (the check, its answer, the payment). */
export const finesClientParts = {
  fines: ['check', 'errors', 'status', 'countdown', 'amount', 'list', 'pay'],
} as const;
