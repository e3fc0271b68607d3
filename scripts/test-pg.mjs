// `npm run test:pg`: the integration tests on real PostgreSQL instead of the embedded database.
// Each test file gets its own copy of a migrated, seeded template database (tests/setup/global-db.ts).
// Extra arguments go to vitest, e.g. `npm run test:pg -- tests/integration/accounts.test.ts`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
console.log(`[test:pg] integration tests on ${new URL(url).host}`);

const result = spawnSync(
  process.execPath,
  [
    path.join('node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--project',
    'integration',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } },
);
if (result.error) console.error('[test:pg]', result.error.message);
process.exit(result.status ?? 1);
