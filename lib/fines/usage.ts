import type { UsageSpec } from '@/lib/usage/spec';

/** The names the fines' uses are recorded under. */
export const finesUsage = [
  /** A check by documents or a look at one's own fines. */
  { name: 'traffic-fines', service: 'traffic-fines', counts: 'use' },
  { name: 'traffic-fines-payments', service: 'traffic-fines', counts: 'payment' },
  /** A signed-in person downloading a decision (постановление). */
  { name: 'traffic-fines-decision', service: 'traffic-fines', counts: 'use' },
  { name: 'link-vehicle', service: null, counts: 'cabinet' },
  { name: 'unlink-vehicle', service: null, counts: 'cabinet' },
  { name: 'link-licence', service: null, counts: 'cabinet' },
  { name: 'unlink-licence', service: null, counts: 'cabinet' },
] as const satisfies readonly UsageSpec[];
