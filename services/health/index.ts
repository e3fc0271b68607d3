import 'server-only';
import { healthUsage } from '@/lib/health/usage';
import type { ServiceModule } from '@/services/types';
import { healthDueSource } from './due';
import { slotsJob, waitlistOffersJob } from './jobs';

// Doctor appointments: what they add to the shared parts of the portal, in one place.

export const health = {
  name: 'health',
  opens: ['doctor-appointments'],
  usage: healthUsage,
  due: healthDueSource,
  jobs: [slotsJob, waitlistOffersJob],
  notifications: ['waitlistOffer', 'waitlistOfferLapsed'],
} satisfies ServiceModule;
