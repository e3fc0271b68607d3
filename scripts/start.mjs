// `npm start`: build once if there is no build, prepare the database (migrate + seed), then serve.
// Runs on a fresh clone with nothing configured: the embedded database and a generated local secret.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const env = { ...process.env, NODE_ENV: 'production' };

if (!env.AUTH_SECRET) {
  // Never committed: made on this machine, kept beside the embedded data.
  mkdirSync('.data', { recursive: true });
  const file = '.data/auth-secret';
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
  console.log('[start] AUTH_SECRET not set: using the local secret in .data/auth-secret');
}
env.AUTH_TRUST_HOST ??= 'true';

if (!existsSync('.next/BUILD_ID') || process.argv.includes('--rebuild')) {
  console.log('[start] no production build yet: running next build (once)');
  run('npx', ['next', 'build'], env);
}

run('npx', ['tsx', '--conditions=react-server', 'scripts/db.ts', 'setup'], env);

const port = env.PORT ?? '3000';
console.log(`[start] serving on http://localhost:${port}`);
const server = spawnSync(process.execPath, ['scripts/serve.mjs', '-p', port], {
  stdio: 'inherit',
  env,
});
process.exit(server.status ?? 0);
