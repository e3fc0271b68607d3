// npm run bench:foundation — the portal's shell under load, on PostgreSQL and on PGlite, beside three
// floors measured in the same run: a bare node:http server doing one `select 1`, the framework
// answering a route handler that does the same (/api/health), and the framework rendering its own
// minimal page (bench/floor-app, GET /). The scenarios take turns in rounds (BENCH_ROUNDS, default 3),
// so a machine that slows down for a while slows every row alike; each row gives the median round,
// the server's CPU per request (from /proc) and its share of the page floor in the same round.
import http from 'node:http';
import { existsSync } from 'node:fs';
import postgres from 'postgres';
import { fmt, load } from './lib/load.mjs';
import {
  ensureBuild,
  freshPglite,
  freshPostgres,
  run,
  signIn,
  startNext,
  waitFor,
} from './lib/servers.mjs';
import { writeResults } from './lib/report.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);

ensureBuild();
if (!existsSync('bench/floor-app/.next/BUILD_ID') || process.argv.includes('--rebuild'))
  run('npx', ['next', 'build'], { NODE_ENV: 'production' }, 'bench/floor-app');
const pgUrl = freshPostgres('mg_bench_foundation');
const pgliteDir = freshPglite('.data/bench-foundation');

// The machine's floor: node:http + postgres, one query per request.
const sql = postgres(pgUrl, { max: 10 });
const bare = http.createServer(async (_req, res) => {
  await sql`select 1`;
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
});
await new Promise((r) => bare.listen(3210, '127.0.0.1', r));
await waitFor('http://127.0.0.1:3210/');

const pg = await startNext(3211, { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' });
const lite = await startNext(3212, { PGLITE_DATA_DIR: pgliteDir });
const floorApp = await startNext(
  3213,
  { DATABASE_URL: pgUrl },
  { dir: 'bench/floor-app', health: '/' },
);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const results = [];
try {
  const pgCookie = await signIn('http://127.0.0.1:3211', 'resident@moygorod.test', 'MoyGorod-2014');
  const liteCookie = await signIn(
    'http://127.0.0.1:3212',
    'resident@moygorod.test',
    'MoyGorod-2014',
  );
  const gzip = { 'accept-encoding': 'gzip' };
  const scenarios = [
    { name: 'bare node:http + select 1 (machine floor)', url: 'http://127.0.0.1:3210/', cpu: null },
    {
      name: 'Next route /api/health (framework route floor)',
      url: 'http://127.0.0.1:3211/api/health',
      cpu: pg.cpuSeconds,
    },
    {
      name: "Next's minimal page (framework page floor)",
      url: 'http://127.0.0.1:3213/',
      headers: gzip,
      cpu: floorApp.cpuSeconds,
    },
    {
      name: 'home page, guest, PostgreSQL',
      url: 'http://127.0.0.1:3211/',
      headers: gzip,
      cpu: pg.cpuSeconds,
    },
    {
      name: 'cabinet, signed in, PostgreSQL',
      url: 'http://127.0.0.1:3211/cabinet',
      headers: { ...gzip, cookie: pgCookie },
      cpu: pg.cpuSeconds,
    },
    {
      name: 'home page, guest, PGlite',
      url: 'http://127.0.0.1:3212/',
      headers: gzip,
      cpu: lite.cpuSeconds,
    },
    {
      name: 'cabinet, signed in, PGlite',
      url: 'http://127.0.0.1:3212/cabinet',
      headers: { ...gzip, cookie: liteCookie },
      cpu: lite.cpuSeconds,
    },
  ];
  const pageFloor = scenarios[2];
  for (const connections of CONNECTIONS) {
    console.log(`\n${connections} connections, ${ROUNDS} rounds of ${SECONDS}s each`);
    for (const s of scenarios)
      await load({ url: s.url, headers: s.headers, connections, seconds: 1 });
    const rounds = new Map(scenarios.map((s) => [s, []]));
    for (let round = 0; round < ROUNDS; round++)
      for (const s of scenarios) {
        // The bare server runs in this process, beside the load generator: its CPU is not its own.
        const cpuBefore = s.cpu?.() ?? NaN;
        const r = await load({
          url: s.url,
          headers: s.headers,
          connections,
          seconds: SECONDS,
          ok: (st) => st === 200,
        });
        const cpuMs = (((s.cpu?.() ?? NaN) - cpuBefore) * 1000) / Math.max(1, r.requests);
        rounds.get(s).push({ ...r, cpuMs });
      }
    for (const s of scenarios) {
      const own = rounds.get(s);
      const floor = rounds.get(pageFloor);
      const mid = own.find((r) => r.rps === median(own.map((x) => x.rps)));
      const row = {
        scenario: s.name,
        connections,
        ...mid,
        rounds: own.map((r) => Math.round(r.rps)),
        cpuMs: median(own.map((r) => r.cpuMs)),
        shareOfPageFloor: median(own.map((r, i) => r.rps / floor[i].rps)),
      };
      results.push(row);
      console.log(
        `${s.name.padEnd(48)} ${fmt(row)}  cpu ${Number.isNaN(row.cpuMs) ? '—' : `${row.cpuMs.toFixed(2)} ms`}/req  ` +
          `share of page floor ${row.shareOfPageFloor.toFixed(2)}  rounds ${row.rounds.join(' ')}`,
      );
    }
  }
} finally {
  pg();
  lite();
  floorApp();
  bare.close();
  await sql.end();
}

writeResults('foundation', {
  machine: `${process.platform} ${process.arch}`,
  seconds: SECONDS,
  rounds: ROUNDS,
  results,
});
process.exit(0);
