import 'server-only';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

// Opening a connection; used by the server (db/index.ts), the scripts and the tests.
// The Data Access Layer never imports this file directly.

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbHandle = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

export function openPostgres(url: string, poolSize = 10): DbHandle {
  const client = postgres(url, { max: poolSize, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}

/** dataDir undefined: in memory (tests). */
export function openPglite(dataDir?: string): DbHandle {
  const client = new PGlite(dataDir);
  // Both drivers implement the same PgDatabase API; one type keeps the DAL driver-agnostic.
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** The rows of a raw `db.execute(sql…)`: postgres.js answers an array, PGlite an object with `rows`. */
export async function rowsOf<T>(result: Promise<unknown>): Promise<T[]> {
  const r = (await result) as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}
