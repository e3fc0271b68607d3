import 'server-only';
import { serviceJobs } from '@/services/registry';
import { startScheduler, type Scheduler } from './scheduler';

// One scheduler per process, even when the dev server re-evaluates this module; its jobs are the
// ones the service modules declare.
const store = globalThis as unknown as { __moyGorodJobs?: Scheduler };

export function startJobs(): Scheduler {
  store.__moyGorodJobs ??= startScheduler(serviceJobs(), { startDelayMs: 5_000 });
  return store.__moyGorodJobs;
}
