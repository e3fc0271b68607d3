// npm run jobs:epd -- --period YYYY-MM — generates the ЕПД of a period for every apartment that lacks
// it, against DATABASE_URL or the embedded PGlite database. Without --period: the period due today.
import { parsePeriod } from '@/lib/city';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openPglite, openPostgres, type DbHandle } from '@/db/client';
import { loadReadingWindows } from '@/lib/env-schema';
import { epdPeriodDue } from '@/lib/housing/epd-period';

async function main() {
  const { values } = parseArgs({
    options: { period: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const period = values.period
    ? parsePeriod(values.period)
    : epdPeriodDue(new Date(), loadReadingWindows(process.env));
  if (!period) {
    console.error(
      `[jobs:epd] --period must be YYYY-MM, e.g. --period 2014-11 (got "${values.period}")`,
    );
    process.exit(2);
  }

  const url = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.PGLITE_DATA_DIR || '.data/pglite';
  if (!url) {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      console.error(`[jobs:epd] no database in ${dataDir}: run \`npm run db:setup\` first`);
      process.exit(1);
    }
    // PGlite is one process per data directory and does not lock it itself: an open database has
    // postmaster.pid until it closes, and a second writer would corrupt the files. A server that was
    // killed leaves the file behind too, hence --force once the person has checked.
    if (!values.force && existsSync(path.join(dataDir, 'postmaster.pid'))) {
      console.error(
        `[jobs:epd] the PGlite database in ${dataDir} may be open in another process (the server?).\n` +
          '  Stop it and run again (the server generates the ЕПД itself every hour), or use DATABASE_URL.\n' +
          '  If nothing is running (the server was stopped without closing it), add --force.',
      );
      process.exit(1);
    }
  }

  const handle: DbHandle = url ? openPostgres(url, 2) : openPglite(dataDir);
  // The Data Access Layer takes the process's database from here (see db/index.ts).
  (globalThis as unknown as { __moyGorodDb?: DbHandle }).__moyGorodDb = handle;
  const where = url ? 'PostgreSQL' : `PGlite (${dataDir})`;
  try {
    const { generateEpds } = await import('@/db/queries/epd');
    const started = Date.now();
    const { created, alreadyThere } = await generateEpds(period);
    console.log(
      `[jobs:epd] ${where}: ЕПД for ${period.slice(0, 7)}: ${created} created, ` +
        `${alreadyThere} already there (${Date.now() - started} ms)`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error('[jobs:epd] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
