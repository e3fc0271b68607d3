// npm run bench:appointments — doctor appointments on PostgreSQL, as residents' browsers use them:
//   the storm: 200 signed-in residents book 20 slots of one doctor at the same moment (10 on each);
//     exactly 20 must be booked, the other 180 told the slot was just taken, none an error;
//   under load: a doctor's free-slot page (GET) and the booking action, every booking a real one;
// beside the floors of bench/readings.mjs measured in the same run: a minimal Next.js server action
// doing one INSERT (bench/floor-app, the framework's floor) and a bare node:http + INSERT.
// `npm run bench:appointments -- --dal` runs the storm through the Data Access Layer alone (no build,
// no server); the full run does that too, on a database of its own, for comparison.
import {
  bookingPage,
  bookingRequest,
  captureBooking,
  preparePatients,
  sendBooking,
  signInAll,
  stormThroughDal,
} from './lib/booking.mjs';
import { startFloors } from './lib/floors.mjs';
import { fmt, load } from './lib/load.mjs';
import { printFloorRatios, printTable, writeResults } from './lib/report.mjs';
import { ensureBuild, freshPostgres, startNext } from './lib/servers.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const STORM = 200;
// Every booking under load must succeed, and a patient holds one booking per specialty, so the load
// needs many residents: each is planned one slot of each of the 8 specialties an adult books directly,
// in their own clinic (bench/prepare-patients.ts). 800 residents over the 12 seeded clinics give about
// 5,900 bookings, more than two rows of 9 s each take at the framework floor's pace.
const LOAD_RESIDENTS = Number(process.env.BENCH_LOAD_RESIDENTS ?? 800);

const dalStorm = () => {
  const url = freshPostgres('mg_bench_appt_dal');
  return stormThroughDal(preparePatients({ storm: STORM, load: 0 }, { DATABASE_URL: url }), {
    DATABASE_URL: url,
    // The Data Access Layer reads the validated environment (the direct-booking list), which asks
    // for a secret even where nothing signs anything.
    AUTH_SECRET: 'bench-only-secret-bench-only-secret-0123',
  });
};

if (process.argv.includes('--dal')) {
  process.exit(dalStorm().exact ? 0 : 1);
}

ensureBuild();

const dal = dalStorm();
const pgUrl = freshPostgres('mg_bench_appt');
const prepared = preparePatients({ storm: STORM, load: LOAD_RESIDENTS }, { DATABASE_URL: pgUrl });
const { storm } = prepared;
const plan = prepared.load.bookings;
console.log(
  `[bench] ${storm.residents.length} storm residents on ${storm.slots.length} slots; ` +
    `${prepared.load.residents.length} load residents with ${plan.length} planned bookings`,
);

const floors = await startFloors(pgUrl, 3240);
const { sql } = floors;
const stopPg = await startNext(3242, { DATABASE_URL: pgUrl, DATABASE_POOL_SIZE: '10' });
// The address the browser uses, so replayed actions pass the Origin check as the recorded one did.
const base = 'http://localhost:3242';

const booked = async (slotIds) => {
  const [{ n }] = slotIds
    ? await sql`select count(*)::int as n from appointments where status = 'booked' and slot_id = any(${slotIds}::uuid[])`
    : await sql`select count(*)::int as n from appointments where status = 'booked'`;
  return n;
};

const results = [];
let httpStorm;
try {
  const started = performance.now();
  const [probeCookie] = await signInAll(base, [storm.probe]);
  const stormCookies = await signInAll(base, storm.residents);
  const loadCookies = await signInAll(base, prepared.load.residents);
  console.log(
    `[bench] signed in ${1 + stormCookies.length + loadCookies.length} residents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const template = await captureBooking(base, probeCookie, storm.probeSlot);
  if ((await booked([storm.probeSlot.id])) !== 1)
    throw new Error('the recorded booking did not book the probe slot: check captureBooking');

  // The storm: every request built beforehand, then all sent at once.
  const requests = storm.residents.map((_, i) =>
    bookingRequest(template, storm.slots[i % storm.slots.length], stormCookies[i]),
  );
  const t0 = performance.now();
  const answers = await Promise.all(requests.map((r) => sendBooking(template, r)));
  const ms = performance.now() - t0;
  const count = (a) => answers.filter((x) => x.answer === a).length;
  httpStorm = {
    requests: answers.length,
    ms: Math.round(ms),
    booked: count('booked'),
    taken: count('taken'),
    other: count('other'),
    errors: count('error'),
    bookedRows: await booked(storm.slots.map((s) => s.id)),
  };
  console.log(
    `HTTP storm: ${httpStorm.requests} bookings at once on ${storm.slots.length} slots, ${httpStorm.ms} ms: ` +
      `${httpStorm.booked} booked, ${httpStorm.taken} "just taken", ${httpStorm.other} other, ` +
      `${httpStorm.errors} errors (5xx); rows booked ${httpStorm.bookedRows}`,
  );
  const odd = answers.find((x) => x.answer === 'other' || x.answer === 'error');
  if (odd) console.log(`  e.g. ${odd.status}: ${odd.text.slice(0, 300)}`);

  // Each booking request takes the next planned (resident, slot): all of them valid and distinct.
  let nextBooking = 0;
  const scenarios = [
    ...(await floors.scenarios()),
    {
      name: 'free-slot page of a doctor (GET)',
      url: bookingPage(base, storm.slots[0]),
      headers: { cookie: probeCookie },
    },
    {
      name: 'booking action',
      url: template.url,
      method: 'POST',
      perConnection: () => {
        const b = plan[nextBooking++];
        return bookingRequest(template, b.slot, loadCookies[b.resident]);
      },
      // A redirect to the ticket is an answer too; what was booked is counted from the database.
      ok: (status) => status === 200 || status === 303,
      remaining: () => plan.length - nextBooking,
      stored: () => booked(),
    },
  ];
  for (const connections of CONNECTIONS) {
    console.log(`\n${connections} connections, ${SECONDS}s each`);
    for (const s of scenarios) {
      // The booking rows stop when the plan is used up rather than send a booking that cannot succeed.
      const limit = () => (s.remaining ? { maxRequests: s.remaining() } : {});
      await load({ ...s, ...limit(), connections, seconds: 1 });
      const before = await s.stored?.();
      const r = await load({
        ok: (status) => status === 200,
        ...s,
        ...limit(),
        connections,
        seconds: SECONDS,
      });
      const stored = s.stored ? (await s.stored()) - before : undefined;
      results.push({ scenario: s.name, connections, ...r, stored });
      const note = stored === undefined ? '' : `  stored ${stored}`;
      const ranOut = s.remaining?.() === 0 ? '  (plan used up: raise BENCH_LOAD_RESIDENTS)' : '';
      console.log(`${s.name.padEnd(50)} ${fmt(r)}${note}${ranOut}`);
    }
  }
} finally {
  stopPg();
  await floors.stop();
}

printTable(results);
printFloorRatios(results, CONNECTIONS);
console.log('\n| storm | requests | booked | "just taken" | other | errors | rows booked | time |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: |');
for (const [name, s] of [
  [
    'DAL (bookAppointment, pool 20)',
    { ...dal, other: Object.values(dal.otherRefusals).reduce((a, b) => a + b, 0) },
  ],
  ['HTTP (booking action, pool 10)', httpStorm],
])
  console.log(
    `| ${name} | ${s.requests} | ${s.booked} | ${s.taken} | ${s.other} | ${s.errors} | ${s.bookedRows} | ${s.ms} ms |`,
  );

writeResults('appointments', { seconds: SECONDS, storm: { dal, http: httpStorm }, results });
const slotCount = storm.slots.length;
const exact =
  httpStorm.booked === slotCount &&
  httpStorm.bookedRows === slotCount &&
  httpStorm.taken === STORM - slotCount &&
  httpStorm.errors === 0;
process.exit(exact && dal.exact ? 0 : 1);
