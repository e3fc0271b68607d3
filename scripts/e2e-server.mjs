// The server the browser tests run against: the existing production build (never built here),
// a fresh embedded database each run (wiped, migrated, seeded), on its own port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3105';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`[e2e] no production build in ${distDir}/: run \`npm run build\` first`);
  process.exit(1);
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  PGLITE_DATA_DIR: dataDir,
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? 'e2e-only-secret-e2e-only-secret-0123456789',
  AUTH_TRUST_HOST: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
};
// Always the embedded database, so a run can never touch a real one.
delete env.DATABASE_URL;

rmSync(dataDir, { recursive: true, force: true });
const setup = spawnSync(
  process.execPath,
  [
    path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
    '--conditions=react-server',
    'scripts/db.ts',
    'setup',
  ],
  { stdio: 'inherit', env },
);
if (setup.status !== 0) process.exit(setup.status ?? 1);

const server = spawn(
  process.execPath,
  [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port],
  { stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
