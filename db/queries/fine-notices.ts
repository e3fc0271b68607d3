import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, rowsOf } from '@/db';
import {
  drivingLicences,
  fineNotices,
  fineSubscriptions,
  fines,
  licenceLinks,
  vehicleLinks,
  vehicles,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { kopecksToRoubles } from '@/lib/i18n/formats';
import type { NotificationParams } from '@/lib/notifications/render';
import { logIntegrationAccess } from './data-access';
import { kickMailDelivery } from './mail-outbox';
import { insertNotification, type NotificationMessage } from './notifications';
import { formatLicence, formatPlate } from '@/lib/fines/documents';

// Notices of new fines: a resident subscribes, and the notices job tells them of each unpaid fine
// that reached the registry after they subscribed and names a vehicle or licence linked to them.
// fine_notices' primary key makes each (fine, subscriber) posted once, even when runs overlap.

export type FineSubscription = { subscribed: boolean; since?: Date };

const NOT_SUBSCRIBED: FineSubscription = { subscribed: false };

export async function getFineSubscription(viewer: Viewer | null): Promise<FineSubscription> {
  if (!canUseResidentServices(viewer)) return NOT_SUBSCRIBED;
  const [row] = await db
    .select({ since: fineSubscriptions.createdAt })
    .from(fineSubscriptions)
    .where(eq(fineSubscriptions.userId, viewer.id));
  return row ? { subscribed: true, since: row.since } : NOT_SUBSCRIBED;
}

/** Idempotent: subscribing again keeps the first date, so no fine in between is lost or repeated. */
export async function subscribeToFines(
  viewer: Viewer | null,
  now: Date,
): Promise<FineSubscription> {
  if (!canUseResidentServices(viewer)) return NOT_SUBSCRIBED;
  const [row] = await db
    .insert(fineSubscriptions)
    .values({ userId: viewer.id, createdAt: now })
    // A no-op update rather than DO NOTHING, so RETURNING answers the existing row too.
    .onConflictDoUpdate({
      target: fineSubscriptions.userId,
      set: { createdAt: sql`${fineSubscriptions.createdAt}` },
    })
    .returning({ since: fineSubscriptions.createdAt });
  return { subscribed: true, since: row!.since };
}

/** Idempotent. A later subscription starts afresh: fines from the time in between are not new. */
export async function unsubscribeFromFines(viewer: Viewer | null): Promise<FineSubscription> {
  if (!canUseResidentServices(viewer)) return NOT_SUBSCRIBED;
  await db.delete(fineSubscriptions).where(eq(fineSubscriptions.userId, viewer.id));
  return NOT_SUBSCRIBED;
}

type Pending = {
  fineId: string;
  userId: string;
  /** The subscriber's vehicle the fine names, or null when it is theirs by the licence only. */
  plate: string | null;
  licence: string | null;
  article: string;
  amountKopecks: number;
  /** The decision date as printed, `05.11.2026`: the same in both languages. */
  decided: string;
};

/**
 * (fine, subscriber) pairs not yet told: unpaid fines that reached the registry at or after the
 * subscription and name a vehicle or licence linked to the subscriber. Driven from the subscriptions
 * through the links, so the cost follows the subscribers' own fines, not the registry's size.
 * A fine of both the person's car and licence is one pair, shown by the plate.
 */
function pendingNotices(limit: number) {
  return sql`
    with candidates as (
      select f.id as fine_id, s.user_id, v.plate, null::text as licence
      from ${fineSubscriptions} s
      join ${vehicleLinks} vl on vl.user_id = s.user_id
      join ${fines} f on f.vehicle_id = vl.vehicle_id
      join ${vehicles} v on v.id = f.vehicle_id
      where f.created_at >= s.created_at and f.paid_at is null
      union all
      select f.id, s.user_id, null, dl.number
      from ${fineSubscriptions} s
      join ${licenceLinks} ll on ll.user_id = s.user_id
      join ${fines} f on f.licence_id = ll.licence_id
      join ${drivingLicences} dl on dl.id = f.licence_id
      where f.created_at >= s.created_at and f.paid_at is null
    ),
    pairs as (
      select distinct on (c.fine_id, c.user_id) c.fine_id, c.user_id, c.plate, c.licence
      from candidates c
      where not exists (select 1 from ${fineNotices} n
                        where n.fine_id = c.fine_id and n.user_id = c.user_id)
      order by c.fine_id, c.user_id, c.plate nulls last
    )
    select p.fine_id as "fineId", p.user_id as "userId", p.plate, p.licence, f.article,
           f.amount_kopecks as "amountKopecks", to_char(f.decision_date, 'DD.MM.YYYY') as decided
    from pairs p
    join ${fines} f on f.id = p.fine_id
    order by f.created_at, f.id, p.user_id
    limit ${limit}`;
}

function newFineMessage(p: Pending): NotificationMessage {
  const document: NotificationParams = p.plate
    ? { document: 'vehicle', plate: formatPlate(p.plate) }
    : { document: 'licence', licence: formatLicence(p.licence ?? '') };
  return {
    kind: 'newFine',
    params: {
      ...document,
      article: p.article,
      amount: kopecksToRoubles(p.amountKopecks),
      date: p.decided,
    },
    href: `/fines/${p.fineId}`,
  };
}

const byLockOrder = (a: Pending, b: Pending) =>
  a.fineId === b.fineId ? a.userId.localeCompare(b.userId) : a.fineId.localeCompare(b.fineId);

/**
 * The notices job: posts up to `limit` new fines to their subscribers' inboxes and answers how many
 * it posted. Each notice row and its inbox message commit together; a pair another run has already
 * claimed conflicts on fine_notices' key and is skipped (ON CONFLICT DO NOTHING … RETURNING). E-mail
 * copies are sent from the outbox after the commit.
 */
export async function postNewFineNotices(now: Date, limit = 500): Promise<number> {
  const posted = await db.transaction(async (tx) => {
    const pending = await rowsOf<Pending>(tx.execute(pendingNotices(limit)));
    if (pending.length === 0) return 0;
    // Every run claims its pairs in the same order, so two runs wait for each other, never deadlock.
    pending.sort(byLockOrder);
    const claimed = await tx
      .insert(fineNotices)
      .values(pending.map((p) => ({ fineId: p.fineId, userId: p.userId, notifiedAt: now })))
      .onConflictDoNothing()
      .returning({ fineId: fineNotices.fineId, userId: fineNotices.userId });
    const isClaimed = new Set(claimed.map((c) => `${c.fineId} ${c.userId}`));
    const told = pending.filter((p) => isClaimed.has(`${p.fineId} ${p.userId}`));
    for (const p of told) await insertNotification(tx, p.userId, newFineMessage(p), now);
    // The fines registry was searched by each subscriber's car or licence, and found this fine.
    await logIntegrationAccess(
      told.map((p) => ({
        subjectId: p.userId,
        data: p.plate ? ('vehicle' as const) : ('licence' as const),
        purpose: 'fineNotices' as const,
        details: (p.plate
          ? { plate: formatPlate(p.plate) }
          : { licence: formatLicence(p.licence ?? '') }) as Record<string, string>,
      })),
      tx,
    );
    return told.length;
  });
  // The e-mail copies go once the notices have committed (the outbox: decision 021). Never rejects.
  if (posted > 0) await kickMailDelivery();
  return posted;
}
