import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db';
import type { Viewer } from '@/lib/auth/roles';
import { amountDueOn, type FineTerms } from '@/lib/fines/status';
import { fineOwnedBy } from './fines';

// A fine as a thing to pay (the fines module's payable): checked and locked when a payment of it
// starts, marked paid in the registry with the payment's confirmation, owed again on a refund.

const ids = (refIds: readonly string[]) =>
  sql.join(
    refIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * A payment of a fine may start: it is the viewer's, not paid (through the portal or elsewhere), and
 * the amount the payer was shown is what the rules make it at `now` (decision 017: a payment created
 * on the discount's last day is for half, whenever the acquirer confirms it). Locks the fine.
 */
export async function checkFinePaymentItem(
  tx: Tx,
  viewer: Viewer,
  item: { refId: string; amountKopecks: number },
  now: Date,
): Promise<string | null> {
  const [fine] = await rowsOf<FineTerms & { paidAt: unknown }>(
    tx.execute(sql`
      select f.article, f.decision_date::text as "decisionDate",
             f.amount_kopecks as "amountKopecks", f.paid_at as "paidAt"
      from fines f
      where f.id = ${item.refId}::uuid and ${fineOwnedBy(viewer.id, sql`f`)}
      for update of f`),
  );
  if (!fine) return 'notFound';
  if (fine.paidAt) return 'fineAlreadyPaid';
  if (item.amountKopecks !== amountDueOn(fine, now)) return 'fineAmountChanged';
  return null;
}

/** Locks fine rows as checkFinePaymentItem does, before a payment of them changes status. */
export async function lockFines(tx: Tx, refIds: readonly string[]): Promise<void> {
  if (refIds.length === 0) return;
  await tx.execute(sql`select f.id from fines f where f.id in (${ids(refIds)})
                       order by f.id for update of f`);
}

/** The registry learns that the fines are paid; one paid elsewhere first keeps that payment's date. */
export async function markFinesPaid(tx: Tx, refIds: readonly string[], at: Date): Promise<void> {
  if (refIds.length === 0) return;
  await tx.execute(sql`update fines set paid_at = coalesce(paid_at, ${at.toISOString()}::timestamptz)
                       where id in (${ids(refIds)})`);
}

/** A refund: only what this payment settled is owed again, not a fine also paid elsewhere. */
export async function reopenFines(
  tx: Tx,
  refIds: readonly string[],
  paymentId: string,
): Promise<void> {
  if (refIds.length === 0) return;
  await tx.execute(sql`update fines set paid_at = null
                       where id in (${ids(refIds)})
                         and paid_at = (select succeeded_at from payments where id = ${paymentId}::uuid)`);
}
