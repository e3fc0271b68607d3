// Creates the benchmark's residents: each signs in with the demo password and has an apartment of its
// own with one cold and one hot water meter, so concurrent submissions never touch the same rows.
// Prints them as JSON. Usage: tsx --conditions=react-server bench/prepare-residents.ts <count>
import { and, eq, inArray, sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '@/db/client';
import { apartmentLinks, apartments, meterReadings, meters, users } from '@/db/schema';

async function main() {
  const count = Number(process.argv[2] ?? 50);
  const url = process.env.DATABASE_URL;
  const handle = url
    ? openPostgres(url, 2)
    : openPglite(process.env.PGLITE_DATA_DIR ?? '.data/pglite');
  const { db } = handle;

  const [demo] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.email, 'resident@moygorod.test'));

  const verifiedUntil = `${new Date().getUTCFullYear() + 2}-01-01`;
  const candidates = await db
    .select({ id: apartments.id })
    .from(apartments)
    .leftJoin(apartmentLinks, eq(apartmentLinks.apartmentId, apartments.id))
    .where(
      and(
        sql`${apartmentLinks.apartmentId} is null`,
        sql`(select count(*) from meters m where m.apartment_id = ${apartments.id} and m.kind = 'cold_water') = 1`,
        sql`(select count(*) from meters m where m.apartment_id = ${apartments.id} and m.kind = 'hot_water') = 1`,
        sql`(select count(*) from meters m where m.apartment_id = ${apartments.id} and m.kind <> 'electricity') = 2`,
      ),
    )
    .orderBy(apartments.payerCode)
    .limit(count);
  if (candidates.length < count) throw new Error(`only ${candidates.length} apartments fit`);

  const residents = [];
  for (const [i, apartment] of candidates.entries()) {
    const email = `bench-${i}@moygorod.test`;
    const [user] = await db
      .insert(users)
      .values({
        fullName: 'Нагрузочный Тест Тестович',
        email,
        phone: `+7990${String(i).padStart(7, '0')}`,
        passwordHash: demo!.hash,
      })
      .returning({ id: users.id });
    await db.insert(apartmentLinks).values({ apartmentId: apartment.id, userId: user!.id });
    // The registry's meters were verified years ago; the benchmark's residents have current ones.
    await db
      .update(meters)
      .set({ verifiedUntil: verifiedUntil })
      .where(eq(meters.apartmentId, apartment.id));
    const waterMeters = await db
      .select({ id: meters.id, kind: meters.kind, initial: meters.initialReading })
      .from(meters)
      .where(
        and(
          eq(meters.apartmentId, apartment.id),
          inArray(meters.kind, ['cold_water', 'hot_water']),
        ),
      )
      .orderBy(meters.kind);
    const withLast = [];
    for (const m of waterMeters) {
      const [last] = await db
        .select({ value: sql<string>`max(${meterReadings.value})` })
        .from(meterReadings)
        .where(eq(meterReadings.meterId, m.id));
      withLast.push({ id: m.id, kind: m.kind, last: last?.value ?? m.initial });
    }
    residents.push({ email, apartmentId: apartment.id, meters: withLast });
  }
  await handle.close();
  console.log(JSON.stringify(residents));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
