// npm run bench:foundation — the portal's shell under load, on PostgreSQL and on PGlite, beside two floors
// measured in the same run: the framework answering a route handler that does one `select 1`
// (/api/health), and a bare node:http server doing the same query on the same database.
import http from 'node:http';
import postgres from 'postgres';
import { fmt, load } from './lib/load.mjs';
import {
  ensureBuild,
  freshPglite,
  freshPostgres,
  signIn,
  startNext,
  waitFor,
} from './lib/servers.mjs';
import { writeResults } from './lib/report.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = [10, 50];

ensureBuild();
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

const stopPg = await startNext(3211, { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' });
const stopLite = await startNext(3212, { PGLITE_DATA_DIR: pgliteDir });

const results = [];
try {
  const pgCookie = await signIn('http://127.0.0.1:3211', 'resident@moygorod.test', 'MoyGorod-2014');
  const liteCookie = await signIn(
    'http://127.0.0.1:3212',
    'resident@moygorod.test',
    'MoyGorod-2014',
  );
  const scenarios = [
    { name: 'bare node:http + select 1 (floor)', url: 'http://127.0.0.1:3210/' },
    { name: 'next route /api/health (framework floor)', url: 'http://127.0.0.1:3211/api/health' },
    { name: 'home page, guest (PostgreSQL)', url: 'http://127.0.0.1:3211/' },
    {
      name: 'cabinet, signed in (PostgreSQL)',
      url: 'http://127.0.0.1:3211/cabinet',
      headers: { cookie: pgCookie },
    },
    { name: 'home page, guest (PGlite)', url: 'http://127.0.0.1:3212/' },
    {
      name: 'cabinet, signed in (PGlite)',
      url: 'http://127.0.0.1:3212/cabinet',
      headers: { cookie: liteCookie },
    },
  ];
  for (const connections of CONNECTIONS) {
    console.log(`\n${connections} connections, ${SECONDS}s each`);
    for (const s of scenarios) {
      await load({ url: s.url, headers: s.headers, connections, seconds: 1 }); // warm-up
      const r = await load({
        url: s.url,
        headers: s.headers,
        connections,
        seconds: SECONDS,
        ok: (st) => st === 200,
      });
      results.push({ scenario: s.name, connections, ...r });
      console.log(`${s.name.padEnd(44)} ${fmt(r)}`);
    }
  }
} finally {
  stopPg();
  stopLite();
  bare.close();
  await sql.end();
}

writeResults('foundation', {
  machine: `${process.platform} ${process.arch}`,
  seconds: SECONDS,
  results,
});
process.exit(0);
