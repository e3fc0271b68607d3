import 'server-only';
import { loadEnv, type Env } from '@/lib/env-schema';

export type { Env } from '@/lib/env-schema';

let cached: Env | undefined;

/** The validated environment; the only place server code reads process.env for configuration. */
export function env(): Env {
  cached ??= loadEnv(process.env);
  return cached;
}
