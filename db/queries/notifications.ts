import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { db, prepared, type Db, type Tx } from '@/db';
import { notifications, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { pageOf } from '@/lib/lists/page';
import { renderNotificationEmail, type NotificationParams } from '@/lib/notifications/render';
import { isUuid } from '@/lib/registry/identifiers';
import { kickMailDelivery, queueMail } from './mail-outbox';

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
 * Writes the inbox row, and its e-mail copy into the mail outbox, with the caller's transaction: the
 * message commits (or not) together with the event it tells of, and nothing is lost if the process
 * dies right after the commit (decision 021). Call `kickMailDelivery()` once the transaction has
 * committed, to send the copy at once.
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
      createdAt: now,
    })
    .returning({ id: notifications.id });
  const [user] = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  if (user) {
    // In the language saved on the account, as it is when the event happens.
    const { subject, text } = renderNotificationEmail(user.locale, {
      kind: message.kind,
      params: message.params ?? {},
    });
    await queueMail(tx, { userId, to: user.email, subject, text, kind: message.kind }, now);
  }
  return { id: row!.id };
}

/**
 * A message of its own, not part of another change: stored with its e-mail copy, which is sent at
 * once. `delivery` settles when the mail due is sent and never rejects: a failure is logged,
 * retried later, and never fails the calling service.
 */
export async function postNotification(
  userId: string,
  message: NotificationMessage,
): Promise<{ id: string; delivery: Promise<void> }> {
  const { id } = await db.transaction((tx) => insertNotification(tx, userId, message));
  return { id, delivery: kickMailDelivery() };
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
  const { page: current, pageCount, offset } = pageOf(total, page, NOTIFICATIONS_PAGE_SIZE);
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
    .offset(offset);
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
  const [row] = await prepared('unread_count', (d) =>
    d
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt)))
      .prepare('unread_count'),
  ).execute({ userId: viewer.id });
  return row?.n ?? 0;
}
