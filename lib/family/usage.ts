import type { UsageSpec } from '@/lib/usage/spec';

/** The names a family's records are counted under: linking a child as their representative. */
export const familyUsage = [
  { name: 'link-child', service: null, counts: 'cabinet' },
  { name: 'unlink-child', service: null, counts: 'cabinet' },
] as const satisfies readonly UsageSpec[];
