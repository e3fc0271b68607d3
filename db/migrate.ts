import 'server-only';
import path from 'node:path';
import type { DbHandle } from './client';

// Applies the committed drizzle-kit migrations. Used by `npm run db:migrate`, `npm start` and the tests;
// the server itself never migrates.
export const migrationsFolder = path.join(process.cwd(), 'db/migrations');

export async function migrateDb(handle: DbHandle, folder = migrationsFolder): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: folder });
  } else {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(handle.db, { migrationsFolder: folder });
  }
}
