import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { db, rowsOf, type Db, type Tx } from '@/db';
import { notifications, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { mailEnabled, sendMail } from '@/server/mail';
import { renderNotificationEmail, type NotificationParams } from '@/lib/notifications/render';
import { isUuid } from '@/lib/registry/identifiers';

export type NotificationMessage = {
  /** A key under `kinds` in notifications.json, e.g. `apartmentLinked`. */
  kind: string;
  params?: NotificationParams;
  /** A path inside the portal, e.g. `/cabinet/apartments/<id>`. */
  href?: string | null;
};

/** Only paths of this site: a stored link must never send a reader elsewhere. */
const isInternalPath = (href: string) => /^\/(?![/\\])[^\s]*$/.test(href) && href.length <= 500;

/**
 * Writes the inbox row with the caller's transaction, so the message commits (or not) together with
 * the event it tells of: nothing is lost if the process dies right after the commit. When SMTP is
 * configured the row is also the outbox of its e-mail copy, which `sendPendingEmails` sends; call
 * `kickEmailDelivery()` once the transaction has committed to send it at once.
 */
export async function insertNotification(
  tx: Db | Tx,
  userId: string,
  message: NotificationMessage,
  now: Date = new Date(),
): Promise<{ id: string }> {
  if (message.href && !isInternalPath(message.href))
    throw new Error(`notification href must be a path of this site: ${message.href}`);
  const [row] = await tx
    .insert(notifications)
    .values({
      userId,
      kind: message.kind,
      params: message.params ?? {},
      href: message.href ?? null,
      ...(mailEnabled() ? { emailStatus: 'pending' as const, emailNextAt: now } : {}),
    })
    .returning({ id: notifications.id });
  return { id: row!.id };
}

/**
 * A message of its own, not part of another change: stored in its own statement, its e-mail copy sent
 * at once. `delivery` settles when the copies due are sent and never rejects: a mail failure is
 * logged, retried later, and never fails the calling service.
 */
export async function postNotification(
  userId: string,
  message: NotificationMessage,
): Promise<{ id: string; delivery: Promise<void> }> {
  const { id } = await insertNotification(db, userId, message);
  return { id, delivery: kickEmailDelivery() };
}

/** A refused copy is tried again after 2, 4, 8 and 16 minutes, then given up. */
export const EMAIL_ATTEMPTS = 5;
const retryDelayMs = (attempts: number) => 2 ** attempts * 60_000;

type Claimed = {
  id: string;
  kind: string;
  params: NotificationParams;
  attempts: number;
  email: string;
  locale: 'ru' | 'en';
};

/**
 * Sends the e-mail copies that are due, at most `limit`, and answers how many were sent. Each is
 * claimed (`sending`) in a committed statement before it is sent, so two senders never send one
 * copy twice; one that the SMTP server accepted is marked `sent`, one it refused is tried again
 * later. A sender that dies between the claim and the answer leaves the copy `sending`: it is not
 * sent again (at most once; the inbox has the message either way).
 */
export async function sendPendingEmails(now: Date = new Date(), limit = 50): Promise<number> {
  if (!mailEnabled()) return 0;
  const claimed = await rowsOf<Claimed>(
    db.execute(sql`
      update ${notifications} n
      set email_status = 'sending', email_attempts = n.email_attempts + 1
      from ${users} u
      where u.id = n.user_id and n.id in (
        select id from ${notifications}
        where email_status = 'pending' and email_next_at <= ${now.toISOString()}::timestamptz
        order by email_next_at
        limit ${limit}
        for update skip locked)
      returning n.id, n.kind, n.params, n.email_attempts as attempts, u.email, u.locale`),
  );
  let sent = 0;
  for (const copy of claimed) {
    try {
      const { subject, text } = renderNotificationEmail(copy.locale, {
        kind: copy.kind,
        params: copy.params,
      });
      await sendMail({ to: copy.email, subject, text });
      await db
        .update(notifications)
        .set({ emailStatus: 'sent', emailedAt: new Date(), emailError: null })
        .where(eq(notifications.id, copy.id));
      sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[notifications] e-mail copy of ${copy.id} (${copy.kind}) failed:`, reason);
      const last = copy.attempts >= EMAIL_ATTEMPTS;
      await db
        .update(notifications)
        .set({
          emailStatus: last ? 'failed' : 'pending',
          emailNextAt: last ? null : new Date(now.getTime() + retryDelayMs(copy.attempts)),
          emailError: reason.slice(0, 500),
        })
        .where(eq(notifications.id, copy.id));
    }
  }
  return sent;
}

// One sender at a time in this process: a kick while one runs sends again after it, so a message
// written during a run is not left to the next minute's job.
let sending: Promise<void> = Promise.resolve();

/** Sends the copies due now, after any send already under way; never rejects. */
export function kickEmailDelivery(): Promise<void> {
  sending = sending.then(() =>
    sendPendingEmails().then(
      () => undefined,
      (error: unknown) => console.error('[notifications] e-mail delivery failed:', error),
    ),
  );
  return sending;
}

export type NotificationItem = {
  id: string;
  kind: string;
  params: NotificationParams;
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationPage = {
  items: NotificationItem[];
  page: number;
  pageCount: number;
  total: number;
  unread: number;
};

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The viewer's inbox, newest first; a page past the end answers the last page. */
export async function listNotifications(
  viewer: Viewer | null,
  page = 1,
): Promise<NotificationPage | null> {
  if (!viewer) return null;
  const [totals] = await db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
    })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id));
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(Number.isInteger(page) ? page : 1, 1), pageCount);
  const items = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      href: notifications.href,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((current - 1) * NOTIFICATIONS_PAGE_SIZE);
  return { items, page: current, pageCount, total, unread: totals?.unread ?? 0 };
}

/**
 * Marks one of the viewer's notifications read and answers where it points (null href: nowhere);
 * null for anything that is not the viewer's.
 */
export async function markRead(
  viewer: Viewer | null,
  id: string,
): Promise<{ href: string | null } | null> {
  if (!viewer || !isUuid(id)) return null;
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
    .returning({ href: notifications.href });
  return row ?? null;
}

/** Marks every unread notification of the viewer read; answers how many there were. */
export async function markAllRead(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function unreadCount(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
