import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq, lt, sql, type SQL } from 'drizzle-orm';
import { db, type Db, type Tx } from '@/db';
import { dailyVisitors, usageEvents, visitorSalts } from '@/db/schema';
import { clientAddress } from '@/lib/security/client-address';
import { moscowDate } from '@/lib/city';
import { visitorHash } from '@/lib/usage/visitor';
import type { UsageName } from '@/services/registry';

/** Who used a service: a signed-in person, or an anonymous visitor by their daily hash. */
export type UsageActor = { userId: string } | { visitorHash: string };

/**
 * Records one use of a service; every service calls this once per completed use
 * (a reading submitted, a fine looked up, a record linked). `service` is one of the usage names the
 * service modules declare (lib/<service>/usage.ts). Pass the transaction to count the use only if it
 * commits.
 */
export async function recordUse(
  service: UsageName,
  actor: UsageActor,
  opts: { tx?: Db | Tx; at?: Date } = {},
): Promise<void> {
  await (opts.tx ?? db).execute(usageInsert(service, actor, opts.at ?? new Date()));
}

/**
 * The INSERT of one use, for a statement that records it together with the use itself (e.g. in a
 * WITH clause, `from` naming the row it depends on so nothing is counted when that row is not stored).
 */
export function usageInsert(
  service: UsageName,
  actor: UsageActor,
  at: Date,
  from?: SQL,
  /** A payment's amount, for the statistics of money paid through the portal. */
  amountKopecks?: number,
): SQL {
  const userId = 'userId' in actor ? actor.userId : null;
  const hash = 'visitorHash' in actor ? actor.visitorHash : null;
  return sql`insert into ${usageEvents} (service, user_id, visitor_hash, amount_kopecks, occurred_at)
    select ${service}, ${userId}::uuid, ${hash}::text, ${amountKopecks ?? null}::integer,
           ${at.toISOString()}::timestamptz ${from ?? sql``}`;
}

/** Today's salt, created on the day's first visit; earlier days' salts are deleted with it. */
async function saltOf(tx: Tx, day: string): Promise<string> {
  const [created] = await tx
    .insert(visitorSalts)
    .values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
    .returning({ salt: visitorSalts.salt });
  if (created) {
    await tx.delete(visitorSalts).where(lt(visitorSalts.day, day));
    return created.salt;
  }
  const [existing] = await tx
    .select({ salt: visitorSalts.salt })
    .from(visitorSalts)
    .where(eq(visitorSalts.day, day));
  return existing!.salt;
}

export type VisitResult = { day: string; visitorHash: string; firstToday: boolean };

/**
 * Counts a visitor once per Moscow day without keeping their address: only a hash salted with a
 * value that exists for that day alone is stored.
 */
export async function recordVisit(headers: Headers, now: Date): Promise<VisitResult> {
  const day = moscowDate(now);
  const address = clientAddress(headers);
  const userAgent = (headers.get('user-agent') ?? '').slice(0, 512);
  return db.transaction(async (tx) => {
    const hash = visitorHash(await saltOf(tx, day), address, userAgent);
    const inserted = await tx
      .insert(dailyVisitors)
      .values({ day, visitorHash: hash })
      .onConflictDoNothing()
      .returning({ day: dailyVisitors.day });
    return { day, visitorHash: hash, firstToday: inserted.length > 0 };
  });
}
