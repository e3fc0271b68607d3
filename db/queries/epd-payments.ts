import 'server-only';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { db, rowsOf, type Tx } from '@/db';
import { epds, paymentItems } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { epdStatus, type EpdStatus } from '@/lib/housing/epd-status';
import { checkEpdPayment, epdBalance, maxEpdPayment } from '@/lib/payments';
import { isUuid } from '@/lib/registry/identifiers';

// The ЕПД as a thing to pay (the housing module's payable): what has been paid towards it, what may
// be paid now, and the check and lock the payments module runs when a payment of it starts or
// changes status.

type EpdDue = {
  id: string;
  apartmentId: string;
  period: string;
  dueDate: string;
  chargedKopecks: number;
  totalKopecks: number;
  paidKopecks: number;
  latest: boolean;
};

/**
 * The money the apartment of ЕПД `e` paid since `e` was generated, as an SQL expression: what is
 * paid towards it, and what the next ЕПД subtracts from its total to carry the balance.
 */
export const paidSince = (e: SQL) => sql`coalesce((
  select sum(i.amount_kopecks)::bigint
  from payment_items i
  join payments p on p.id = i.payment_id
  join epds paid_epd on paid_epd.id = i.ref_id
  where i.kind = 'epd' and i.status = 'succeeded'
    and paid_epd.apartment_id = ${e}.apartment_id and p.succeeded_at >= ${e}.generated_at
), 0)`;

/**
 * An ЕПД of the viewer's with what has been paid towards it, locked for the transaction so that a
 * payment being confirmed and a new one being started see each other. Paid: the apartment's payments
 * that succeeded since the ЕПД was generated (earlier ones are already in its debt).
 */
async function epdDue(tx: Tx | typeof db, viewerId: string, epdId: string, lock: boolean) {
  // The lock is taken by its own statement: under READ COMMITTED, a statement that waited for the
  // lock still reads with the snapshot it started with, so the sums must be read after it, afresh.
  if (lock)
    await tx.execute(sql`
      select 1 from epds e
      join apartment_links l on l.apartment_id = e.apartment_id and l.user_id = ${viewerId}::uuid
      where e.id = ${epdId}::uuid
      for update of e`);
  const [row] = await rowsOf<EpdDue>(
    tx.execute(sql`
      select e.id, e.apartment_id as "apartmentId", e.period::text as period,
             e.due_date::text as "dueDate",
             e.charged_kopecks as "chargedKopecks", e.total_kopecks as "totalKopecks",
             ${paidSince(sql`e`)} as "paidKopecks",
             e.period = (select max(x.period) from epds x where x.apartment_id = e.apartment_id) as latest
      from epds e
      join apartment_links l on l.apartment_id = e.apartment_id and l.user_id = ${viewerId}::uuid
      where e.id = ${epdId}::uuid`),
  );
  return row ? { ...row, paidKopecks: Number(row.paidKopecks) } : null;
}

/**
 * A payment of an ЕПД may start: it is the viewer's, the apartment's latest (older debt is carried
 * into it), and the amount within what is left and the ЕПД's limit. Locks the ЕПД. An error key or null.
 */
export async function checkEpdPaymentItem(
  tx: Tx,
  viewer: Viewer,
  item: { refId: string; amountKopecks: number },
): Promise<string | null> {
  const due = await epdDue(tx, viewer.id, item.refId, true);
  if (!due) return 'notFound';
  if (!due.latest) return 'epdAlreadyPaid';
  const { remainingKopecks } = epdBalance(due);
  const check = checkEpdPayment(item.amountKopecks, {
    remainingKopecks,
    chargesKopecks: due.chargedKopecks,
  });
  return check.ok ? null : check.error;
}

/** Locks ЕПД rows as checkEpdPaymentItem does, so a confirmation and a new payment never cross. */
export async function lockEpds(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`
    select e.id from epds e
    where e.id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by e.id for update of e`);
}

export type EpdPaymentState = {
  epdId: string;
  period: string;
  totalKopecks: number;
  paidKopecks: number;
  remainingKopecks: number;
  maxKopecks: number;
  /** An older ЕПД: its debt is carried into the latest one, which is the one to pay. */
  superseded: boolean;
  /** A payment of it that is not finished yet. */
  inProgress: { paymentId: string } | null;
  /** Where it stands at the `now` it was read for, as the ЕПД list and page show it. */
  status: EpdStatus;
};

/** What the viewer may pay of one of their ЕПД at `now`; null if it is not theirs. */
export async function getEpdPaymentState(
  viewer: Viewer | null,
  epdId: string,
  now = new Date(),
): Promise<EpdPaymentState | null> {
  if (!canUseResidentServices(viewer) || !isUuid(epdId)) return null;
  const due = await epdDue(db, viewer.id, epdId, false);
  if (!due) return null;
  const { remainingKopecks } = epdBalance(due);
  const [[unfinished], [latest]] = await Promise.all([
    db
      .select({ paymentId: paymentItems.paymentId })
      .from(paymentItems)
      .where(
        and(
          eq(paymentItems.kind, 'epd'),
          eq(paymentItems.refId, epdId),
          inArray(paymentItems.status, ['created', 'pending']),
        ),
      ),
    // An older ЕПД's debt is in the apartment's (the viewer's, checked above) latest one.
    due.latest
      ? []
      : db
          .select({ id: epds.id, period: epds.period })
          .from(epds)
          .where(eq(epds.apartmentId, due.apartmentId))
          .orderBy(desc(epds.period))
          .limit(1),
  ]);
  return {
    epdId,
    period: due.period,
    totalKopecks: due.totalKopecks,
    paidKopecks: due.paidKopecks,
    remainingKopecks: due.latest ? remainingKopecks : 0,
    maxKopecks: due.latest
      ? maxEpdPayment({ remainingKopecks, chargesKopecks: due.chargedKopecks })
      : 0,
    superseded: !due.latest,
    inProgress: unfinished ?? null,
    status: epdStatus({ ...due, later: latest ?? null }, now),
  };
}
