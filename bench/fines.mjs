// npm run bench:fines — traffic fines on PostgreSQL, as browsers use them, under load:
//   the /fines page for a visitor (the check forms) and for the demo resident (her fines, each with its
//     status and amount due today computed);
//   the anonymous check by plate and СТС (the server action, recorded from a real browser and replayed
//     for every car with fines: each answer must list the car's fines, and each check is counted in
//     usage_events);
//   the resident's own fine: its page, its camera photo and the decision as a PDF;
// beside the floors of bench/readings.mjs measured in the same run: a minimal Next.js server action
// doing one INSERT (bench/floor-app, the framework's floor) and a bare node:http + INSERT.
// Every row reads its answers and counts one that is not what a person would see as an error.
import { signInAll } from './lib/booking.mjs';
import {
  captureFineCheck,
  carsWithFines,
  fineCheckRequest,
  foundFines,
  sendFineCheck,
} from './lib/fine-check.mjs';
import { startFloors } from './lib/floors.mjs';
import { fmt, load } from './lib/load.mjs';
import { isFloor, printFloorRatios, printTable, writeResults } from './lib/report.mjs';
import { ensureBuild, freshPostgres, startNext } from './lib/servers.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const RESIDENT = 'resident@moygorod.test';

ensureBuild();

const pgUrl = freshPostgres('mg_bench_fines');
const floors = await startFloors(pgUrl, 3250);
const { sql } = floors;
const stopPg = await startNext(3252, { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' });
// The address the browser uses, so replayed actions pass the Origin check as the recorded one did.
const base = 'http://localhost:3252';

// The check records one use per check, found or not (db/queries/fines.ts checkFines).
const checksStored = async () =>
  (await sql`select count(*)::int as n from usage_events where service = 'traffic-fines'`)[0].n;

/** The demo resident's newest unpaid camera fine: it has a photo, a status and an amount due. */
async function residentFine() {
  const [fine] = await sql`
    select f.id, f.uin
    from fines f
    join vehicle_links l on l.vehicle_id = f.vehicle_id
    join users u on u.id = l.user_id
    where u.email = ${RESIDENT} and f.paid_at is null and f.camera is not null
    order by f.decision_date desc
    limit 1`;
  if (!fine) throw new Error(`the seed gave ${RESIDENT} no unpaid camera fine`);
  return fine;
}

/** Sends a scenario's request once and fails the run unless the answer is the one measured. */
async function expectAnswer(s) {
  const own = s.perConnection?.(0);
  const res = await fetch(s.url, {
    method: s.method ?? 'GET',
    redirect: 'manual',
    headers: { ...s.headers, ...own?.headers },
    body: own ? own.body : s.body?.(),
  });
  const body = Buffer.from(await res.arrayBuffer());
  if (!(s.ok ?? ((st) => st === 200))(res.status) || (s.answer && !s.answer(body, own)))
    throw new Error(
      `${s.name}: answered ${res.status} ${body.toString('utf8').slice(0, 300).replace(/\s+/g, ' ')}`,
    );
}

const results = [];
try {
  const cars = await carsWithFines(sql);
  const fine = await residentFine();
  const [cookie] = await signInAll(base, [{ email: RESIDENT }]);
  const signedIn = { cookie };

  const template = await captureFineCheck(base, cars[0]);
  // Before measuring: the replay finds the fines of every car the load will check.
  for (const car of cars) {
    const sent = await sendFineCheck(template, fineCheckRequest(template, car));
    if (!sent.found)
      throw new Error(
        `the replayed check of ${car.plate} found nothing: ${sent.status} ${sent.text}`,
      );
  }
  console.log(`[bench] the replayed check finds the fines of each of ${cars.length} cars`);

  const hasUin = (body) => body.includes(fine.uin);
  // Each check takes the next car in turn, so the load reads every car's fines.
  let nextCar = 0;
  const scenarios = [
    ...(await floors.scenarios()),
    {
      name: 'fines page, anonymous (GET)',
      url: `${base}/fines`,
      answer: (body) => body.includes('name="plate"'),
    },
    {
      name: "fines page, the resident's list (GET)",
      url: `${base}/fines`,
      headers: signedIn,
      answer: hasUin,
    },
    {
      name: 'check by plate and СТС, anonymous (action)',
      url: template.url,
      method: 'POST',
      perConnection: () => fineCheckRequest(template, cars[nextCar++ % cars.length]),
      answer: foundFines,
      stored: checksStored,
    },
    {
      name: "fine page, the resident's own (GET)",
      url: `${base}/fines/${fine.id}`,
      headers: signedIn,
      answer: hasUin,
    },
    {
      name: 'camera photo (GET)',
      url: `${base}/fines/${fine.id}/photo`,
      headers: signedIn,
      answer: (body) => body.includes('<svg'),
    },
    {
      name: 'decision PDF (GET)',
      url: `${base}/fines/${fine.id}/decision`,
      headers: signedIn,
      answer: (body) => body.subarray(0, 5).toString('latin1') === '%PDF-',
    },
  ];
  for (const s of scenarios) await expectAnswer(s);

  for (const connections of CONNECTIONS) {
    console.log(`\n${connections} connections, ${SECONDS}s each`);
    for (const s of scenarios) {
      await load({ ...s, connections, seconds: 1 });
      const before = await s.stored?.();
      const r = await load({ ok: (status) => status === 200, ...s, connections, seconds: SECONDS });
      const stored = s.stored ? (await s.stored()) - before : undefined;
      results.push({ scenario: s.name, connections, ...r, stored });
      const note = stored === undefined ? '' : `  stored ${stored}`;
      console.log(`${s.name.padEnd(50)} ${fmt(r)}${note}`);
    }
  }
} finally {
  stopPg();
  await floors.stop();
}

printTable(results);
printFloorRatios(results, CONNECTIONS);
writeResults('fines', { seconds: SECONDS, results });
// Every answer of the fines rows was read: a check that found nothing, a page without the resident's
// fine or a PDF that is not one fails the run, as does a check not counted in usage_events.
const wrong = results.filter(
  (r) => !isFloor(r) && (r.errors > 0 || (r.stored !== undefined && r.stored !== r.requests)),
);
for (const r of wrong)
  console.log(`FAILED ${r.scenario} at ${r.connections}: ${JSON.stringify(r.failedStatuses)}`);
process.exit(wrong.length === 0 ? 0 : 1);
