// The server the browser tests run against: the existing production build (never built here),
// a fresh embedded database each run (wiped, migrated, seeded, with the ЕПД due today), on its
// own port.
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
  // Readings are accepted all month, so the browser tests of the readings forms pass on any date
  // (the real windows, the 15th to the 3rd and the 15th to the 26th, leave half the month closed).
  // The browser tests read the mail the portal sends (a password reset's link) from its local outbox.
  MAIL_OUTBOX_DIR: process.env.E2E_MAIL_DIR ?? '.data/e2e-mail',
  PUBLIC_URL: `http://localhost:${port}`,
  // The tests connect from loopback and play clients behind a proxy by sending X-Forwarded-For.
  TRUSTED_PROXIES: '127.0.0.1, ::1',
  READING_WINDOW_WATER: process.env.READING_WINDOW_WATER || '1-31',
  READING_WINDOW_ELECTRICITY: process.env.READING_WINDOW_ELECTRICITY || '1-31',
};
// Always the embedded database, so a run can never touch a real one.
delete env.DATABASE_URL;

/** Runs a TypeScript script of scripts/ as `npm run` would, and stops here if it fails. */
function runScript(...args) {
  const run = spawnSync(
    process.execPath,
    [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', ...args],
    { stdio: 'inherit', env },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

rmSync(dataDir, { recursive: true, force: true });
rmSync(env.MAIL_OUTBOX_DIR, { recursive: true, force: true });
runScript('scripts/db.ts', 'setup');
// The ЕПД of the period due today exists before the first test, rather than whenever the server's
// own job gets to it after start (it then finds nothing left to do).
runScript('scripts/jobs-epd.ts');

const server = spawn(process.execPath, [path.join('scripts', 'serve.mjs'), '-p', port], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
