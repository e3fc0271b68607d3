import type { UsageSpec } from '@/lib/usage/spec';

/** The payments module's own name: money returned (each payable counts its payments itself). */
export const paymentsUsage = [
  { name: 'payment-refunds', service: null, counts: 'refund' },
] as const satisfies readonly UsageSpec[];
