import type { UsageSpec } from '@/lib/usage/spec';

/** The names housing's uses are recorded under. */
export const housingUsage = [
  { name: 'water-meter-readings', service: 'water-meter-readings', counts: 'use' },
  { name: 'electricity-meter-readings', service: 'electricity-meter-readings', counts: 'use' },
  { name: 'epd', service: 'epd', counts: 'use' },
  { name: 'housing-payments', service: 'housing-payments', counts: 'payment' },
  { name: 'link-apartment', service: null, counts: 'cabinet' },
  { name: 'unlink-apartment', service: null, counts: 'cabinet' },
] as const satisfies readonly UsageSpec[];
