'use server';

import postgres from 'postgres';

const store = globalThis as unknown as { floorSql?: ReturnType<typeof postgres> };
const sql = (store.floorSql ??= postgres(process.env.DATABASE_URL ?? '', { max: 10 }));

export async function insertReading(_previous: string, formData: FormData): Promise<string> {
  const [row] = await sql`
    insert into bench_floor_readings (meter_id, value)
    values (${String(formData.get('meterId'))}, ${String(formData.get('value'))})
    returning id`;
  return String(row?.id);
}
