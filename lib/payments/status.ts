// The payment status machine: what a provider's answer does to a stored payment. Callbacks may
// arrive twice or out of order, so every answer is checked against where the payment already is.

/** created: stored, the payer not yet at the provider; pending: at the provider, awaiting its answer. */
export type PaymentStatus =
  'created' | 'pending' | 'succeeded' | 'declined' | 'expired' | 'refunded';

/** What a provider can report about a payment (a callback or a status query). */
export type ProviderOutcome = 'pending' | 'succeeded' | 'declined' | 'expired' | 'refunded';

const moves: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  // The payer may go to the provider, or its answer may overtake the redirect.
  created: ['pending', 'succeeded', 'declined', 'expired'],
  // The provider settles a payment it holds exactly once.
  pending: ['succeeded', 'declined', 'expired'],
  // Money that moved only moves back by a refund; a late 'declined' or 'pending' is stale.
  succeeded: ['refunded'],
  // A confirmation after our sweep expired the payment: the money has moved, so it must be recorded.
  expired: ['succeeded'],
  // Nothing was charged and the payer has been told so; a new attempt is a new payment.
  declined: [],
  // The money is back with the payer; there is nothing left to happen.
  refunded: [],
};

/**
 * Applies a provider's outcome to a payment. A repeated outcome is a duplicate and a move the
 * machine does not allow is stale: both leave the status as it is (`changed: false`).
 */
export function applyOutcome(
  current: PaymentStatus,
  outcome: ProviderOutcome,
): { status: PaymentStatus; changed: boolean } {
  if (moves[current].includes(outcome)) return { status: outcome, changed: true };
  return { status: current, changed: false };
}

/** Whether the payer has an answer; only a refund (after success) or a late success (after expiry) may follow. */
export const isFinal = (s: PaymentStatus): boolean =>
  s === 'succeeded' || s === 'declined' || s === 'expired' || s === 'refunded';

/** Whether the payment still waits for the payer or the provider (the expiry sweep looks at these). */
export const isInFlight = (s: PaymentStatus): boolean => s === 'created' || s === 'pending';
