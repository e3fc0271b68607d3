import { describe, expect, it } from 'vitest';
import {
  applyOutcome,
  isFinal,
  isInFlight,
  type PaymentStatus,
  type ProviderOutcome,
} from '@/lib/payments';

// Every stored status against every provider outcome: [current, outcome, status after, changed].
const transitions: [PaymentStatus, ProviderOutcome, PaymentStatus, boolean][] = [
  ['created', 'pending', 'pending', true],
  ['created', 'succeeded', 'succeeded', true],
  ['created', 'declined', 'declined', true],
  ['created', 'expired', 'expired', true],
  ['created', 'refunded', 'created', false],

  ['pending', 'pending', 'pending', false],
  ['pending', 'succeeded', 'succeeded', true],
  ['pending', 'declined', 'declined', true],
  ['pending', 'expired', 'expired', true],
  ['pending', 'refunded', 'pending', false],

  ['succeeded', 'pending', 'succeeded', false],
  ['succeeded', 'succeeded', 'succeeded', false],
  ['succeeded', 'declined', 'succeeded', false],
  ['succeeded', 'expired', 'succeeded', false],
  ['succeeded', 'refunded', 'refunded', true],

  ['declined', 'pending', 'declined', false],
  ['declined', 'succeeded', 'declined', false],
  ['declined', 'declined', 'declined', false],
  ['declined', 'expired', 'declined', false],
  ['declined', 'refunded', 'declined', false],

  ['expired', 'pending', 'expired', false],
  ['expired', 'succeeded', 'succeeded', true],
  ['expired', 'declined', 'expired', false],
  ['expired', 'expired', 'expired', false],
  ['expired', 'refunded', 'expired', false],

  ['refunded', 'pending', 'refunded', false],
  ['refunded', 'succeeded', 'refunded', false],
  ['refunded', 'declined', 'refunded', false],
  ['refunded', 'expired', 'refunded', false],
  ['refunded', 'refunded', 'refunded', false],
];

describe('a provider outcome applied to a payment', () => {
  it('covers every status against every outcome', () => {
    expect(new Set(transitions.map(([s, o]) => `${s}/${o}`)).size).toBe(30);
  });

  it.each(transitions)('%s + %s → %s (changed: %s)', (current, outcome, status, changed) => {
    expect(applyOutcome(current, outcome)).toEqual({ status, changed });
  });

  it('leaves one succeeded payment after duplicate and out-of-order callbacks', () => {
    const callbacks: ProviderOutcome[] = ['succeeded', 'pending', 'succeeded', 'declined'];
    let status: PaymentStatus = 'created';
    let changes = 0;
    for (const outcome of callbacks) {
      const next = applyOutcome(status, outcome);
      status = next.status;
      if (next.changed) changes++;
    }
    expect(status).toBe('succeeded');
    expect(changes).toBe(1);
  });
});

describe('where a payment stands for the payer', () => {
  it.each([
    ['created', false, true],
    ['pending', false, true],
    ['succeeded', true, false],
    ['declined', true, false],
    ['expired', true, false],
    ['refunded', true, false],
  ] as [PaymentStatus, boolean, boolean][])('%s: final=%s, in flight=%s', (s, final, inFlight) => {
    expect(isFinal(s)).toBe(final);
    expect(isInFlight(s)).toBe(inFlight);
  });
});
