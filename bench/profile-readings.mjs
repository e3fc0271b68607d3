// npm run bench:profile [-- <seconds> <connections> [<page>]] — where the water-readings submission
// (or, given a page such as /cabinet, that page for the signed-in demo resident) spends its CPU: runs
// it under load on the portal's server (PostgreSQL) with V8's sampling profiler on, then prints the
// functions with the most self time during the measured run, by package and by function; with
// PROFILE_FUNCTIONS=a,b also their inclusive time. The .cpuprofile stays in bench/results/profile/
// for Chrome DevTools.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
// Its own build, with unminified server code, so the profile names our functions and Next's.
process.env.BENCH_DIST_DIR = '.next-profile';
process.env.NEXT_SERVER_MINIFY = 'off';
const { fmt, load } = await import('./lib/load.mjs');
const { ensureBuild, freshPostgres, signIn, startNext } = await import('./lib/servers.mjs');
const { prepareResidents, waterSubmission } = await import('./lib/water-submission.mjs');

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
const page = process.argv[4];
const dir = resolve('bench/results/profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

ensureBuild();
const pgUrl = freshPostgres('mg_bench_profile');
const residents = prepareResidents(connections, { DATABASE_URL: pgUrl });
const stop = await startNext(
  3240,
  { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' },
  { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] },
);
const scenario = page
  ? {
      url: `http://127.0.0.1:3240${page}`,
      method: 'GET',
      headers: {
        cookie: await signIn('http://127.0.0.1:3240', 'resident@moygorod.test', 'MoyGorod-2014'),
        'accept-encoding': 'gzip',
      },
    }
  : { ...(await waterSubmission('http://localhost:3240', residents)), method: 'POST' };
const name = page ?? 'water readings submission';
await load({ ...scenario, connections, seconds: 2 });
const sample = await fetch(scenario.url, {
  method: scenario.method,
  ...(page ? { headers: scenario.headers } : scenario.perConnection(0)),
});
const answer = Buffer.from(await sample.arrayBuffer());
console.log(
  `one answer: ${sample.status}, ${answer.length} bytes, ${sample.headers.get('content-encoding') ?? 'identity'}`,
);
// V8 stamps samples with the monotonic clock, the same one hrtime reads: only the measured run counts.
const from = process.hrtime.bigint() / 1000n;
const result = await load({ ...scenario, connections, seconds });
const to = process.hrtime.bigint() / 1000n;
console.log(`${name}, ${connections} connections: ${fmt(result)}`);
stop();
await new Promise((r) => setTimeout(r, 3000));

// Should next start spawn helpers, each writes a profile; the server's is the biggest.
const [file] = readdirSync(dir)
  .map((f) => `${dir}/${f}`)
  .sort((a, b) => statSync(b).size - statSync(a).size);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
let at = BigInt(profile.startTime);
let total = 0;
profile.samples.forEach((id, i) => {
  at += BigInt(profile.timeDeltas[i]);
  if (at < from || at > to) return;
  hits.set(id, (hits.get(id) ?? 0) + 1);
  total++;
});
const where = (n) => {
  const url = n.callFrame.url;
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (url.includes('/.next-profile/') || url.includes('/.next-bench/')) return 'app (compiled)';
  if (url.startsWith('node:')) return 'node';
  return url ? url.replace(/^file:\/\//, '') : `(${n.callFrame.functionName || 'native'})`;
};
const selfBy = (key) => {
  const m = new Map();
  for (const [id, count] of hits) {
    const k = key(byId.get(id));
    m.set(k, (m.get(k) ?? 0) + count);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
};
const pct = (c) => `${((100 * c) / total).toFixed(1).padStart(5)} %`;
console.log(`\nself time by package (${total} samples, ${file}):`);
for (const [k, c] of selfBy(where).slice(0, 15)) console.log(`${pct(c)}  ${k}`);
console.log('\nself time by function:');
for (const [k, c] of selfBy(
  (n) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n)}:${n.callFrame.lineNumber + 1}`,
).slice(0, 30))
  console.log(`${pct(c)}  ${k}`);

// Inclusive time: the share of samples with the function anywhere on the stack.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
for (const [id, count] of hits) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    const name = n.callFrame.functionName;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + count);
  }
}
const wanted = (process.env.PROFILE_FUNCTIONS ?? '').split(',').filter(Boolean);
console.log('\ninclusive time:');
for (const [k, c] of [...inclusive]
  .filter(([k]) => wanted.length === 0 || wanted.includes(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, wanted.length || 60))
  console.log(`${pct(c)}  ${k}`);
process.exit(0);
