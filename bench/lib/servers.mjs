// Starting and stopping the servers a benchmark compares, all on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';

export const PG_ADMIN_URL =
  process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const SECRET = randomBytes(32).toString('base64');

export function run(cmd, args, env = {}, cwd = undefined) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** The newest modification time of the sources a build is made of. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const entry of readdirSync(path)) visit(`${path}/${entry}`);
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const path of SOURCES) if (existsSync(path)) visit(path);
  return newest;
}
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'server',
  'services',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
];

/** Builds the portal into DIST_DIR unless a build newer than every source is there (or --rebuild). */
export function ensureBuild() {
  const id = `${DIST_DIR}/BUILD_ID`;
  const fresh = existsSync(id) && statSync(id).mtimeMs > newestSource();
  if (fresh && !process.argv.includes('--rebuild')) return;
  console.log(`[bench] building into ${DIST_DIR}`);
  run('npx', ['next', 'build'], { NEXT_DIST_DIR: DIST_DIR, NODE_ENV: 'production' });
}

/** A fresh, migrated and seeded PostgreSQL database; returns its URL. */
export function freshPostgres(name) {
  const psql = (sql) => run('psql', [PG_ADMIN_URL, '-qc', sql]);
  psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  psql(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  run('npx', ['tsx', '--conditions=react-server', 'scripts/db.ts', 'setup'], {
    DATABASE_URL: url.toString(),
  });
  return url.toString();
}

/** A fresh PGlite data directory, migrated and seeded. */
export function freshPglite(dir) {
  rmSync(dir, { recursive: true, force: true });
  run('npx', ['tsx', '--conditions=react-server', 'scripts/db.ts', 'setup'], {
    DATABASE_URL: '',
    PGLITE_DATA_DIR: dir,
  });
  return dir;
}

const children = new Set();
// Whatever happens to the benchmark, its servers go with it.
process.on('exit', () => children.forEach(stop));

/**
 * The portal's server (or `next start` of another app `dir`), waiting until `health` answers. `nodeArgs`
 * go to the server's node process (e.g. `--cpu-prof`, which NODE_OPTIONS does not take).
 */
export async function startNext(port, env, { dir, health = '/api/health', nodeArgs = [] } = {}) {
  // The portal runs on its own server (scripts/serve.mjs), as in production; a floor app on Next's.
  const args = dir
    ? [...nodeArgs, 'node_modules/next/dist/bin/next', 'start', dir, '-p', String(port)]
    : [...nodeArgs, 'scripts/serve.mjs', '-p', String(port)];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST_DIR,
      AUTH_SECRET: SECRET,
      AUTH_TRUST_HOST: 'true',
      JOBS: 'off',
      DATABASE_URL: '',
      // Readings are accepted all month, so the readings benchmark runs on any date, as the browser
      // tests do (the real windows, 15th–3rd and 15th–26th, leave half the month closed).
      READING_WINDOW_WATER: '1-31',
      READING_WINDOW_ELECTRICITY: '1-31',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.add(child);
  await waitFor(`http://127.0.0.1:${port}${health}`);
  const stopIt = () => stop(child);
  /** CPU seconds the server (with any process it started) has used so far, from /proc. */
  stopIt.cpuSeconds = () => cpuSecondsOf(child.pid);
  return stopIt;
}

/** User + system CPU seconds of a process and its descendants (Linux /proc; 0 elsewhere). */
export function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return own + kids.filter(Boolean).reduce((sum, kid) => sum + cpuSecondsOf(Number(kid)), 0);
  } catch {
    return 0;
  }
}

export function stop(child) {
  children.delete(child);
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
}

export async function waitFor(url, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up in ${seconds}s`);
}

/** Signs in through Auth.js's own endpoints, as a browser would; returns the Cookie header. */
export async function signIn(base, login, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, login, password }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error('sign-in failed');
  return cookie();
}
