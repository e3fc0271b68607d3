// The booking storm through the Data Access Layer alone, without HTTP: every storm resident of
// bench/prepare-patients.ts calls bookAppointment at the same moment, 10 of them on each of the 20
// slots, through one pool of DATABASE_POOL_SIZE connections (20 unless set). The partial unique index
// must let exactly one booking per slot through and answer everyone else "just taken", never an error.
// Usage: prepare-patients.ts … | tsx bench/storm-dal.ts  (DATABASE_URL set)
// Prints the figures, then one line of JSON; exits 1 unless 20 booked, 180 taken and nothing else.
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import type { Viewer } from '@/lib/auth/roles';
import type { Prepared } from './prepare-patients';

// The DAL reaches next-intl (the notifications it posts), whose react-server build does not load in
// plain Node, so this runs without --conditions=react-server and lets `server-only` through the way
// the tests do (vitest.config.ts aliases it to an empty module); the project's modules are imported
// after that, inside main.
function allowServerOnly() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('server-only');
  const empty = new Module(path);
  empty.loaded = true;
  require.cache[path] = empty;
}

async function main() {
  allowServerOnly();
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must name the benchmark database');
  const { storm } = JSON.parse(readFileSync(0, 'utf8')) as Prepared;
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 20);
  const { openPostgres } = await import('@/db/client');
  const { appointments, users } = await import('@/db/schema');
  const handle = openPostgres(url, poolSize);
  // The Data Access Layer takes the process's database from here (see db/index.ts).
  (globalThis as unknown as { __moyGorodDb?: DbHandle }).__moyGorodDb = handle;
  const { db } = handle;
  const { bookAppointment } = await import('@/db/queries/appointments');

  // Each resident as a signed-in session resolves to (tests/setup/fixtures.ts viewerOf).
  const viewers: Viewer[] = await db
    .select({ id: users.id, role: users.role, fullName: users.fullName })
    .from(users)
    .where(
      inArray(
        users.id,
        storm.residents.map((r) => r.id),
      ),
    );
  const byId = new Map(viewers.map((v) => [v.id, v]));
  const slotIds = storm.slots.map((s) => s.id);
  // The pool opens its connections on first use; opened beforehand, the storm measures bookings only.
  await Promise.all(Array.from({ length: poolSize }, () => db.execute('select 1')));

  const now = new Date();
  const started = performance.now();
  const answers = await Promise.allSettled(
    storm.residents.map((r, i) =>
      bookAppointment(
        byId.get(r.id)!,
        { slotId: slotIds[i % slotIds.length]!, patient: { kind: 'self' } },
        now,
      ),
    ),
  );
  const ms = performance.now() - started;

  const count = { booked: 0, taken: 0, otherRefusals: {} as Record<string, number>, errors: 0 };
  for (const a of answers) {
    if (a.status === 'rejected') {
      count.errors++;
      if (count.errors === 1) console.error(a.reason);
    } else if (a.value.ok) count.booked++;
    else if (a.value.error === 'slotTaken') count.taken++;
    else count.otherRefusals[a.value.error] = (count.otherRefusals[a.value.error] ?? 0) + 1;
  }
  const rows = await db
    .select({ slotId: appointments.slotId })
    .from(appointments)
    .where(and(inArray(appointments.slotId, slotIds), eq(appointments.status, 'booked')));
  const perSlot = new Set(rows.map((r) => r.slotId));
  await handle.close();

  const result = {
    requests: storm.residents.length,
    slots: slotIds.length,
    poolSize,
    ms: Math.round(ms),
    ...count,
    bookedRows: rows.length,
    slotsWithOneBooking: perSlot.size,
  };
  console.log(
    `DAL storm: ${result.requests} bookings at once on ${result.slots} slots, pool ${poolSize}, ` +
      `${result.ms} ms: ${count.booked} booked, ${count.taken} "just taken", ` +
      `other refusals ${JSON.stringify(count.otherRefusals)}, errors ${count.errors}; ` +
      `rows booked ${rows.length} on ${perSlot.size} slots`,
  );
  console.log(JSON.stringify(result));
  const expected = slotIds.length;
  const exact =
    count.booked === expected &&
    rows.length === expected &&
    perSlot.size === expected &&
    count.taken === result.requests - expected &&
    count.errors === 0;
  process.exit(exact ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
