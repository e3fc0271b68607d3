import type { UsageSpec } from '@/lib/usage/spec';

/** The names health's uses are recorded under. */
export const healthUsage = [
  { name: 'doctor-appointments', service: 'doctor-appointments', counts: 'use' },
] as const satisfies readonly UsageSpec[];
