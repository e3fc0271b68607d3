import { sql } from 'drizzle-orm';
import { db, dbHandle } from '@/db';

/** For load balancers and the start-up smoke check: the server answers and the database does too. */
export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return Response.json(
      { status: 'ok', database: dbHandle().kind },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch {
    return Response.json(
      { status: 'unavailable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
