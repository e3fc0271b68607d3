import 'server-only';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { canReadAuditLog } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { db, type Db, type Tx } from '@/db';
import { auditLog, users } from '@/db/schema';
import { logStaffAccess } from './data-access';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_locked'
  | 'sign_out_everywhere'
  | 'register'
  | 'password_change'
  | 'password_reset_requested'
  | 'password_reset'
  | 'role_change'
  | 'link'
  | 'unlink'
  | 'payment_refund';

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

export type AuditPerson = { fullName: string; email: string };

/** One line of the admin's audit log page: who did what to whom, with the people named. */
export type AuditLogEntry = {
  id: number;
  at: Date;
  action: string;
  /** Null for an unknown person (a failed sign-in for a login nobody has). */
  actor: AuditPerson | null;
  subjectType: string | null;
  subjectId: string | null;
  /** Set when the subject is a person who still has an account. */
  subjectUser: AuditPerson | null;
  details: Record<string, unknown>;
};

/**
 * A page of the audit log, newest first, for admins only (null for anyone else). `before` is the
 * id the previous page ended at; `olderBefore` is what to pass for the next page, or null at the end.
 */
export async function listAuditEntries(
  viewer: Viewer | null,
  opts: { before?: number; limit?: number } = {},
): Promise<{ entries: AuditLogEntry[]; olderBefore: number | null } | null> {
  if (!canReadAuditLog(viewer)) return null;
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const actor = alias(users, 'actor');
  const subject = alias(users, 'subject');
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: actor.id,
      actorName: actor.fullName,
      actorEmail: actor.email,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      subjectUserId: subject.id,
      subjectName: subject.fullName,
      subjectEmail: subject.email,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    // subject_id is free text (ids of many kinds); compare as text so a non-uuid never fails a cast.
    .leftJoin(
      subject,
      and(eq(auditLog.subjectType, 'user'), eq(sql`${subject.id}::text`, auditLog.subjectId)),
    )
    .where(opts.before ? lt(auditLog.id, opts.before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  // Each person the page names has their name, e-mail and actions read by this admin.
  await logStaffAccess(
    viewer!,
    page
      .flatMap((r) => [r.actorId, r.subjectUserId])
      .flatMap((id) =>
        id ? [{ subjectId: id, data: 'audit' as const, purpose: 'adminAudit' as const }] : [],
      ),
  );
  const entries = page.map((r): AuditLogEntry => ({
    id: r.id,
    at: r.at,
    action: r.action,
    actor: r.actorName && r.actorEmail ? { fullName: r.actorName, email: r.actorEmail } : null,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    subjectUser:
      r.subjectName && r.subjectEmail ? { fullName: r.subjectName, email: r.subjectEmail } : null,
    details: r.details,
  }));
  return {
    entries,
    olderBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
