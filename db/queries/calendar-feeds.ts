import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { calendarFeeds, users } from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/config';
import { isUuid } from '@/lib/registry/identifiers';
import { env } from '@/server/env';

// A resident's private calendar feed (decision 025). Its address is /calendar/<user>/<token>.ics,
// the token an HMAC of the user and a salt kept here: the cabinet can show the address again at any
// time, and resetting it draws a new salt, after which the old address is 404.

const tokenOf = (userId: string, salt: string) =>
  createHmac('sha256', env().AUTH_SECRET).update(`calendar:${userId}:${salt}`).digest('base64url');

/** The feed's path, or null while the resident has none. */
export type CalendarFeed = { path: string; since: Date } | null;

export async function getCalendarFeed(viewer: Viewer | null): Promise<CalendarFeed> {
  if (!canUseResidentServices(viewer)) return null;
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, viewer.id));
  return row ? feedOf(row) : null;
}

const feedOf = (row: { userId: string; salt: string; createdAt: Date }) => ({
  path: `/calendar/${row.userId}/${tokenOf(row.userId, row.salt)}.ics`,
  since: row.createdAt,
});

/** Turns the feed on, or gives it a new address (the old one stops working at once). */
export async function resetCalendarFeed(viewer: Viewer | null, now: Date): Promise<CalendarFeed> {
  if (!canUseResidentServices(viewer)) return null;
  const row = { userId: viewer.id, salt: randomBytes(16).toString('base64url'), createdAt: now };
  await db
    .insert(calendarFeeds)
    .values(row)
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { salt: row.salt, createdAt: now } });
  return feedOf(row);
}

/** Turns the feed off: its address is 404 from now on. */
export async function removeCalendarFeed(viewer: Viewer | null): Promise<void> {
  if (!canUseResidentServices(viewer)) return;
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, viewer.id));
}

/**
 * Whose feed an address is: the account (as a viewer, with its language), or null for an address
 * that is not a live feed's — a wrong or old token, a removed feed, anything malformed.
 */
export async function calendarFeedOwner(
  userId: string,
  token: string,
): Promise<{ viewer: Viewer; locale: Locale } | null> {
  if (!isUuid(userId) || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({
      salt: calendarFeeds.salt,
      id: users.id,
      role: users.role,
      fullName: users.fullName,
      locale: users.locale,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.userId, userId));
  if (!row) return null;
  const expected = Buffer.from(tokenOf(userId, row.salt));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { viewer: { id: row.id, role: row.role, fullName: row.fullName }, locale: row.locale };
}
