import 'server-only';
import { desc, lt } from 'drizzle-orm';
import { canReadAuditLog } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { db, type Db, type Tx } from '@/db';
import { auditLog } from '@/db/schema';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_locked'
  | 'sign_out_everywhere'
  | 'register'
  | 'password_change'
  | 'role_change'
  | 'link'
  | 'unlink';

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
};

/** Appends one row; pass the transaction so the row commits (or not) with the change it records. */
export async function appendAudit(entry: AuditEntry, tx: Db | Tx = db): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}

export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
};

export async function listAuditLog(
  viewer: Viewer | null,
  opts: { before?: number; limit?: number } = {},
): Promise<AuditRow[] | null> {
  if (!canReadAuditLog(viewer)) return null;
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  return db
    .select()
    .from(auditLog)
    .where(opts.before ? lt(auditLog.id, opts.before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
