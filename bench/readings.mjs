// npm run bench:readings — the water-readings submission as residents' browsers send it (the server
// action on `next start`), under load, on PostgreSQL and on PGlite, beside two floors running the same
// INSERT in the same run: a minimal Next.js server action that does nothing but the insert
// (bench/floor-app, the framework's floor) and a bare node:http + postgres server (the machine's floor).
import { startFloors } from './lib/floors.mjs';
import { prepareResidents, waterSubmission } from './lib/water-submission.mjs';
import { fmt, load } from './lib/load.mjs';
import { ensureBuild, freshPglite, freshPostgres, startNext } from './lib/servers.mjs';
import { writeResults } from './lib/report.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const RESIDENTS = Math.max(...CONNECTIONS);

ensureBuild();

const pgUrl = freshPostgres('mg_bench_readings');
const pgliteDir = freshPglite('.data/bench-readings');

const pgResidents = prepareResidents(RESIDENTS, { DATABASE_URL: pgUrl });
const liteResidents = prepareResidents(RESIDENTS, { DATABASE_URL: '', PGLITE_DATA_DIR: pgliteDir });

const floors = await startFloors(pgUrl, 3230);
const stopPg = await startNext(3232, { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' });
const stopLite = await startNext(3233, { PGLITE_DATA_DIR: pgliteDir });

const results = [];
// Every answer is a 200 (a server action reports field errors in its payload), so the benchmark also
// counts what was stored: all requests of a floor, and one submission per request of the full path.
const storedOnPostgres = async () => {
  const [{ floor, submissions }] = await floors.sql`
    select (select count(*) from bench_floor_readings)::int as floor,
           (select count(*) from reading_submissions)::int as submissions`;
  return floor + submissions;
};
try {
  const pgFull = await waterSubmission('http://localhost:3232', pgResidents);
  const liteFull = await waterSubmission('http://localhost:3233', liteResidents);

  const scenarios = [
    ...(await floors.scenarios()),
    { name: 'water readings submission (PostgreSQL)', method: 'POST', ...pgFull },
    { name: 'water readings submission (PGlite)', method: 'POST', ...liteFull },
  ];
  for (const connections of CONNECTIONS) {
    console.log(`\n${connections} connections, ${SECONDS}s each`);
    for (const s of scenarios) {
      await load({ ...s, connections, seconds: 1 });
      const before = await storedOnPostgres();
      const r = await load({ ...s, connections, seconds: SECONDS, ok: (st) => st === 200 });
      const stored = (await storedOnPostgres()) - before;
      results.push({ scenario: s.name, connections, ...r, storedOnPostgres: stored });
      const note = s.name.includes('PGlite') ? '' : `  stored ${stored}`;
      console.log(`${s.name.padEnd(50)} ${fmt(r)}${note}`);
    }
  }
} finally {
  stopPg();
  stopLite();
  await floors.stop();
}

const ratio = (a, b) => (a / b).toFixed(2);
for (const c of CONNECTIONS) {
  const at = (name) => results.find((r) => r.connections === c && r.scenario.startsWith(name));
  const full = at('water readings submission (PostgreSQL)');
  console.log(
    `${c} connections: full/framework floor ${ratio(full.rps, at('minimal server action').rps)}, full/machine floor ${ratio(full.rps, at('bare node').rps)}`,
  );
}

writeResults('readings', { seconds: SECONDS, results });
process.exit(0);
