// npm run db:migrate | db:seed | db:setup — against DATABASE_URL, or the embedded PGlite database.
import { mkdirSync } from 'node:fs';
import { openPglite, openPostgres, type DbHandle } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seed } from '@/db/seed';

async function main() {
  const command = process.argv[2];
  if (!['migrate', 'seed', 'setup'].includes(command ?? '')) {
    console.error('usage: tsx scripts/db.ts migrate|seed|setup');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  const dataDir = process.env.PGLITE_DATA_DIR ?? '.data/pglite';
  if (!url) mkdirSync(dataDir, { recursive: true });
  const handle = url ? openPostgres(url, 2) : openPglite(dataDir);
  const where = url ? 'PostgreSQL' : `PGlite (${dataDir})`;
  try {
    if (command === 'migrate' || command === 'setup') {
      await migrateDb(handle);
      console.log(`[db] migrated ${where}`);
    }
    if (command === 'seed' || command === 'setup') {
      const summary = await seed(handle.db);
      console.log(`[db] seeded ${where}:`, JSON.stringify(summary));
      // The doctors' next 14 days of slots, so the demo can book at once (the server's hourly job
      // keeps them coming). The Data Access Layer takes the process's database from globalThis.
      (globalThis as unknown as { __moyGorodDb?: DbHandle }).__moyGorodDb = handle;
      const { generateSlots } = await import('@/db/queries/health-slots');
      console.log(`[db] doctors' slots: ${await generateSlots(new Date())} added`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error('[db] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
