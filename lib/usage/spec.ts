import type { ServiceSlug } from '@/lib/catalogue/services';

/**
 * One name a service records its uses under (`usage_events.service`), and what the statistics count
 * it as. Each service lists its names in lib/<service>/usage.ts; services/registry.ts gathers them
 * into the one list the statistics read.
 */
export type UsageSpec = {
  name: string;
  /** The catalogue service it counts for; null for what is no service's (a refund, linking a record). */
  service: ServiceSlug | null;
  /** A use of the service, money paid through the portal, money returned, or a cabinet action. */
  counts: 'use' | 'payment' | 'refund' | 'cabinet';
};
