import 'server-only';
import { env } from '@/server/env';
import { openPglite, openPostgres, type Db, type DbHandle } from './client';

export type { Db, Tx } from './client';
export { rowsOf } from './client';

// One connection (PGlite) or pool (postgres) per process, kept on globalThis so that
// dev-server reloads and duplicated module instances share it. Opened on first use, never at import,
// so `next build` does not touch the database.
const store = globalThis as unknown as { __moyGorodDb?: DbHandle };

export function dbHandle(): DbHandle {
  if (!store.__moyGorodDb) {
    const e = env();
    store.__moyGorodDb = e.DATABASE_URL
      ? openPostgres(e.DATABASE_URL, e.DATABASE_POOL_SIZE)
      : openPglite(e.PGLITE_DATA_DIR);
  }
  return store.__moyGorodDb;
}

/** The database, opened lazily. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = dbHandle().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

const preparedOf = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query drizzle builds once per database (`.prepare()` with `sql.placeholder`s) rather than on every
 * call. For the month-end hot paths, where building the SQL was a measurable share of a request.
 */
export function prepared<T>(name: string, build: (db: Db) => T): T {
  const real = dbHandle().db;
  let queries = preparedOf.get(real);
  if (!queries) preparedOf.set(real, (queries = new Map()));
  if (!queries.has(name)) queries.set(name, build(real));
  return queries.get(name) as T;
}
