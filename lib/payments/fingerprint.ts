import { createHash } from 'node:crypto';

// What a payment is for, so that a second request with the same idempotency key can be told
// apart from a retry: same key and same fingerprint is a retry, a different fingerprint is refused.

export type PaymentItemInput = {
  kind: string;
  refId: string;
  amountKopecks: number;
};

/**
 * A sha256 hex digest of the items in a canonical order, so the order a form sent them in does
 * not matter. Each item is JSON-encoded, so no refId can be made to look like two items.
 */
export function paymentFingerprint(items: readonly PaymentItemInput[]): string {
  const canonical = items
    .map((item) => JSON.stringify([item.kind, item.refId, item.amountKopecks]))
    .sort();
  return createHash('sha256')
    .update(`payment-items:v1\n${canonical.join('\n')}`)
    .digest('hex');
}
