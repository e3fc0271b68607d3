import 'server-only';
import { loadEnv, type Env } from './env-schema';

export type { Env } from './env-schema';

let cached: Env | undefined;

/** The validated environment; the only place server code reads process.env for configuration. */
export function env(): Env {
  cached ??= loadEnv();
  return cached;
}
