import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { passwordResets, signInThrottle, users } from '@/db/schema';
import { parseLogin } from '@/lib/accounts/contacts';
import { renderResetMail } from '@/lib/accounts/reset-mail';
import { lockRemainingMs } from '@/lib/auth/throttle-rules';
import { hashPassword, isCommonPassword } from '@/server/auth/password';
import { publicUrl } from '@/server/public-url';
import { appendAudit } from './audit';
import { kickMailDelivery, queueMail } from './mail-outbox';
import { insertNotification } from './notifications';
import { readThrottle, recordThrottleFailure, throttleKey } from './throttle';

// Password recovery by e-mail (decision 022). The link carries a random token; the database keeps
// only its hash. A link is live for 30 minutes, until it is used, a newer one is asked for, or the
// password changes, whichever comes first; one person has at most one live link (a unique index).

export const RESET_VALID_MINUTES = 30;
/** Every request is answered no sooner than this after it arrived, whether it found an account. */
const ANSWER_AFTER_MS = 600;

/** 32 random bytes in base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export type ResetRequestResult =
  /** The same answer whether or not an account was found, and whether or not a mail was sent. */
  { ok: true } | { ok: false; reason: 'tooMany'; retryAfterMs: number };

/**
 * Sends a reset link to the account with this e-mail or phone, if there is one. The answer, and
 * about its time, are the same either way; a fourth request for one account within an hour sends
 * nothing and answers the same; an address asking too often is told to wait.
 */
export async function requestPasswordReset(input: {
  login: string;
  address: string;
  now?: Date;
  /** Tests answer at once; the portal waits so that timing does not tell an account exists. */
  answerAfterMs?: number;
}): Promise<ResetRequestResult> {
  const started = Date.now();
  const now = input.now ?? new Date();
  const result = await request(input.login, input.address, now);
  const wait = started + (input.answerAfterMs ?? ANSWER_AFTER_MS) - Date.now();
  if (wait > 0) await sleep(wait);
  return result;
}

async function request(login: string, address: string, now: Date): Promise<ResetRequestResult> {
  const addressKey = throttleKey('resetAddress', address);
  const retryAfterMs = lockRemainingMs(await readThrottle('resetAddress', addressKey), now);
  if (retryAfterMs > 0) return { ok: false, reason: 'tooMany', retryAfterMs };

  const parsed = parseLogin(login);
  const [user] = parsed
    ? await db
        .select({ id: users.id, email: users.email, locale: users.locale })
        .from(users)
        .where(
          parsed.kind === 'email' ? eq(users.email, parsed.value) : eq(users.phone, parsed.value),
        )
    : [];
  // Per account whichever login was typed, as for sign-in; a login that names no account counts as typed.
  const accountKey = throttleKey(
    'resetAccount',
    user ? `user:${user.id}` : (parsed?.value ?? login.trim().toLowerCase()),
  );
  const accountLocked = lockRemainingMs(await readThrottle('resetAccount', accountKey), now) > 0;

  const mailed = await db.transaction(async (tx) => {
    await recordThrottleFailure(tx, 'resetAddress', addressKey, now);
    if (accountLocked) return false;
    await recordThrottleFailure(tx, 'resetAccount', accountKey, now);
    if (!user) return false;
    await issueLink(tx, user, now);
    await appendAudit(
      {
        actorId: null,
        action: 'password_reset_requested',
        subjectType: 'user',
        subjectId: user.id,
        details: { loginKind: parsed!.kind },
      },
      tx,
    );
    return true;
  });
  if (mailed) void kickMailDelivery();
  return { ok: true };
}

async function issueLink(
  tx: Tx,
  user: { id: string; email: string; locale: 'ru' | 'en' },
  now: Date,
) {
  // Two requests for one person at once: the second waits here, then ends the first one's link.
  await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
  await tx
    .update(passwordResets)
    .set({ endedAt: now, endedBy: 'newer' })
    .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.endedAt)));
  // Links of days past tell nothing the audit log does not; the table stays small.
  await tx
    .delete(passwordResets)
    .where(
      and(
        eq(passwordResets.userId, user.id),
        lt(passwordResets.createdAt, new Date(now.getTime() - 24 * 60 * 60_000)),
      ),
    );
  const token = randomBytes(32).toString('base64url');
  await tx.insert(passwordResets).values({
    userId: user.id,
    tokenHash: hashOf(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
  });
  const mail = renderResetMail(user.locale, {
    email: user.email,
    link: publicUrl(`/password/reset/${token}`),
    minutes: RESET_VALID_MINUTES,
  });
  await queueMail(tx, { userId: user.id, to: user.email, ...mail, kind: 'passwordReset' }, now);
}

/** The live link's account, for the page that sets the new password; null for any other token. */
export async function findPasswordReset(
  token: string,
  now: Date = new Date(),
): Promise<{ email: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({
      email: users.email,
      endedAt: passwordResets.endedAt,
      expiresAt: passwordResets.expiresAt,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashOf(token)));
  return row && isLive(row, now) ? { email: row.email } : null;
}

const isLive = (link: { endedAt: Date | null; expiresAt: Date }, now: Date) =>
  link.endedAt === null && link.expiresAt.getTime() > now.getTime();

export type ResetPasswordResult =
  | { ok: true }
  | { ok: false; error: 'invalidLink' }
  | { ok: false; field: 'newPassword'; error: 'passwordCommon' };

/**
 * Sets the new password from a live link, once: every session of the account ends (the token
 * version), its sign-in lock is lifted, the change is audited and the person is told by e-mail.
 * Two submissions of one link at once: the first sets the password, the second is refused.
 */
export async function resetPassword(input: {
  token: string;
  newPassword: string;
  now?: Date;
}): Promise<ResetPasswordResult> {
  const now = input.now ?? new Date();
  // A token that opens nothing costs no password hash.
  if (!(await findPasswordReset(input.token, now))) return { ok: false, error: 'invalidLink' };
  if (isCommonPassword(input.newPassword))
    return { ok: false, field: 'newPassword', error: 'passwordCommon' };
  const passwordHash = await hashPassword(input.newPassword);
  const result = await db.transaction(async (tx): Promise<ResetPasswordResult> => {
    const [link] = await tx
      .select({
        id: passwordResets.id,
        userId: passwordResets.userId,
        endedAt: passwordResets.endedAt,
        expiresAt: passwordResets.expiresAt,
      })
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, hashOf(input.token)))
      .for('update');
    if (!link || !isLive(link, now)) return { ok: false, error: 'invalidLink' };
    await tx
      .update(passwordResets)
      .set({ endedAt: now, endedBy: 'used' })
      .where(eq(passwordResets.id, link.id));
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, link.userId));
    // Locked out by someone else's guesses: the new password opens the account at once.
    await tx
      .delete(signInThrottle)
      .where(
        and(
          eq(signInThrottle.scope, 'account'),
          eq(signInThrottle.key, throttleKey('account', `user:${link.userId}`)),
        ),
      );
    await appendAudit(
      {
        actorId: link.userId,
        action: 'password_reset',
        subjectType: 'user',
        subjectId: link.userId,
      },
      tx,
    );
    await insertNotification(tx, link.userId, { kind: 'passwordChanged', href: '/profile' }, now);
    return { ok: true };
  });
  if (result.ok) void kickMailDelivery();
  return result;
}

/** A password changed another way ends the person's live link too (call inside that change). */
export async function endPasswordResets(tx: Tx, userId: string, now: Date) {
  await tx
    .update(passwordResets)
    .set({ endedAt: now, endedBy: 'passwordChanged' })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.endedAt)));
}
