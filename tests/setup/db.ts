import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { openPglite, openPostgres, type DbHandle } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seed } from '@/db/seed';
import { withDatabase } from './global-db';

// Each integration test file gets its own database, migrated and seeded with the demo city:
// a copy of the run's template on PostgreSQL (TEST_DATABASE_URL), or an in-memory PGlite.
const store = globalThis as unknown as { __moyGorodDb?: DbHandle };
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `mg_t_${randomBytes(6).toString('hex')}`;
    const admin = openPostgres(url, 1);
    await admin.db.execute(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    store.__moyGorodDb = openPostgres(withDatabase(url, name), 20);
    cleanup = async () => {
      await store.__moyGorodDb?.close();
      await admin.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else {
    const handle = openPglite();
    await migrateDb(handle);
    await seed(handle.db);
    store.__moyGorodDb = handle;
    cleanup = () => handle.close();
  }
});

afterAll(async () => {
  // Mail a test's events queued is sent in the background: let it finish before the database goes.
  await (await import('@/db/queries/mail-outbox')).kickMailDelivery();
  await cleanup?.();
  store.__moyGorodDb = undefined;
});

/** The kind of database this file runs on; concurrency tests need real PostgreSQL. */
export const onPostgres = () => !!process.env.TEST_DATABASE_URL;
