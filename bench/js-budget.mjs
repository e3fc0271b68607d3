// npm run bench:js — the JavaScript each page makes a browser download before it runs: the module
// scripts its HTML names (a `noModule` polyfill is skipped by every browser this portal supports),
// gzip and brotli sizes at the highest level, for a visitor's and the signed-in demo resident's pages,
// beside a bare Next.js page (bench/floor-app's /) as the framework's floor. Budget: 120 KB
// compressed per form page (issue 13).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { ensureBuild, freshPglite, run, signIn, startNext } from './lib/servers.mjs';
import { writeResults } from './lib/report.mjs';

const PAGES = {
  visitor: ['/', '/login', '/register', '/password/reset', '/fines', '/services'],
  resident: [
    '/cabinet',
    '/meters/water',
    '/housing/pay',
    '/health/appointments/new',
    '/cabinet/link/apartment',
    '/profile',
    '/payments',
  ],
};

ensureBuild();
if (!existsSync('bench/floor-app/.next/BUILD_ID'))
  run('npx', ['next', 'build'], { NODE_ENV: 'production' }, 'bench/floor-app');
const dir = freshPglite('.data/bench-js');
const stopPortal = await startNext(3250, { PGLITE_DATA_DIR: dir });
const stopFloor = await startNext(3251, {}, { dir: 'bench/floor-app', health: '/' });

const sizes = new Map();
async function scriptSize(base, src) {
  const key = `${base}${src}`;
  if (!sizes.has(key)) {
    const body = Buffer.from(await (await fetch(key)).arrayBuffer());
    sizes.set(key, {
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  return sizes.get(key);
}

async function measure(base, path, cookie) {
  const res = await fetch(`${base}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
  });
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter(Boolean);
  let gzip = 0;
  let brotli = 0;
  for (const src of scripts) {
    const s = await scriptSize(base, src);
    gzip += s.gzip;
    brotli += s.brotli;
  }
  return {
    page: path,
    status: res.status,
    scripts: scripts.length,
    gzip,
    brotli,
    html: html.length,
  };
}

const results = [];
try {
  const portal = 'http://127.0.0.1:3250';
  results.push({ who: 'floor', ...(await measure('http://127.0.0.1:3251', '/')) });
  for (const path of PAGES.visitor)
    results.push({ who: 'visitor', ...(await measure(portal, path)) });
  const cookie = await signIn(portal, 'resident@moygorod.test', 'MoyGorod-2014');
  for (const path of PAGES.resident)
    results.push({ who: 'resident', ...(await measure(portal, path, cookie)) });
} finally {
  stopPortal();
  stopFloor();
}

const kb = (n) => (n / 1024).toFixed(0);
console.log('\n| page | who | status | scripts | JS gzip | JS brotli | HTML |');
console.log('| --- | --- | --: | --: | --: | --: | --: |');
for (const r of results)
  console.log(
    `| ${r.page} | ${r.who} | ${r.status} | ${r.scripts} | ${kb(r.gzip)} KB | ${kb(r.brotli)} KB | ${kb(r.html)} KB |`,
  );
writeResults('js-budget', results);
process.exit(0);
