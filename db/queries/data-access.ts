import 'server-only';
import { and, count, desc, eq, ne, or, isNull } from 'drizzle-orm';
import { db, type Db, type Tx } from '@/db';
import { dataAccessLog, users } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { pageOf } from '@/lib/lists/page';

// Who looked at a resident's personal data (Estonia's Data Tracker is the anchor): the DAL functions
// that hand a resident's data to staff or to a registry integration write an entry for each person
// whose data they return, in the same call, so no page can show the data without the entry.

/** What was read, and why: keys of the `dataAccess` messages. */
export type DataKind = 'account' | 'payments' | 'vehicle' | 'licence' | 'audit';
export type AccessPurpose = 'adminUsers' | 'adminPayments' | 'adminAudit' | 'fineNotices';

type Access = {
  subjectId: string;
  data: DataKind;
  purpose: AccessPurpose;
  details?: Record<string, string>;
};

/** A member of staff read these residents' data; their own data is not logged. */
export async function logStaffAccess(
  viewer: Viewer,
  accesses: readonly Access[],
  tx: Db | Tx = db,
): Promise<void> {
  const rows = dedupe(accesses.filter((a) => a.subjectId !== viewer.id));
  if (rows.length === 0) return;
  await tx.insert(dataAccessLog).values(
    rows.map((a) => ({
      ...a,
      details: a.details ?? {},
      actorId: viewer.id,
      actorRole: viewer.role,
    })),
  );
}

/** A registry integration (a job of the portal) read these residents' data. */
export async function logIntegrationAccess(
  accesses: readonly Access[],
  tx: Db | Tx = db,
): Promise<void> {
  const rows = dedupe(accesses);
  if (rows.length === 0) return;
  await tx.insert(dataAccessLog).values(
    rows.map((a) => ({
      ...a,
      details: a.details ?? {},
      actorId: null,
      actorRole: 'integration',
    })),
  );
}

/** One entry per person, data and purpose in one call (a page listing a person's five payments). */
function dedupe(accesses: readonly Access[]): Access[] {
  const seen = new Map<string, Access>();
  for (const a of accesses)
    seen.set(`${a.subjectId} ${a.data} ${a.purpose} ${JSON.stringify(a.details ?? {})}`, a);
  return [...seen.values()];
}

export type DataAccessEntry = {
  id: number;
  at: Date;
  actorRole: string;
  /** The staff account's name; null for an integration. */
  actorName: string | null;
  data: string;
  purpose: string;
  details: Record<string, string>;
};

export type DataAccessPage = {
  entries: DataAccessEntry[];
  page: number;
  pageCount: number;
  total: number;
};

export const DATA_ACCESS_PAGE_SIZE = 25;

/**
 * The viewer's own data access log, newest first. Only the viewer's: there is no parameter naming
 * whose, so no one reads another's. A page past the end answers the last page.
 */
export async function listMyDataAccess(
  viewer: Viewer | null,
  page = 1,
): Promise<DataAccessPage | null> {
  if (!canUseResidentServices(viewer)) return null;
  // Their own views never reach the log; an entry by their own account (staff who is also a
  // resident) is left out all the same.
  const mine = and(
    eq(dataAccessLog.subjectId, viewer.id),
    or(isNull(dataAccessLog.actorId), ne(dataAccessLog.actorId, viewer.id)),
  );
  const [totals] = await db.select({ n: count() }).from(dataAccessLog).where(mine);
  const total = totals?.n ?? 0;
  const { page: current, pageCount, offset } = pageOf(total, page, DATA_ACCESS_PAGE_SIZE);
  const entries = await db
    .select({
      id: dataAccessLog.id,
      at: dataAccessLog.at,
      actorRole: dataAccessLog.actorRole,
      actorName: users.fullName,
      data: dataAccessLog.data,
      purpose: dataAccessLog.purpose,
      details: dataAccessLog.details,
    })
    .from(dataAccessLog)
    .leftJoin(users, eq(users.id, dataAccessLog.actorId))
    .where(mine)
    .orderBy(desc(dataAccessLog.at), desc(dataAccessLog.id))
    .limit(DATA_ACCESS_PAGE_SIZE)
    .offset(offset);
  return { entries, page: current, pageCount, total };
}
