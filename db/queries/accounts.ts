import 'server-only';
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import { db, prepared } from '@/db';
import { escapeLike, violation } from '@/db/errors';
import { signInThrottle, users } from '@/db/schema';
import { parseLogin } from '@/lib/accounts/contacts';
import { hashPassword, isCommonPassword, verifyPassword } from '@/server/auth/password';
import { canChangeRole, canListUsers } from '@/lib/auth/policy';
import type { Role, Viewer } from '@/lib/auth/roles';
import { lockRemainingMs } from '@/lib/auth/throttle-rules';
import type { Locale } from '@/lib/i18n/config';
import { appendAudit } from './audit';
import { logStaffAccess } from './data-access';
import { kickMailDelivery } from './mail-outbox';
import { insertNotification } from './notifications';
import { endPasswordResets } from './password-resets';
import { readThrottle, recordThrottleFailure, throttleKey } from './throttle';

/** Whether a unique index on this column refused the row (the index names contain the column). */
const isUniqueViolation = (e: unknown, column: string) =>
  violation(e, '23505')?.constraint.includes(column) ?? false;

// ---- Registration ----

export type RegisterData = { fullName: string; email: string; phone: string; password: string };
export type RegisterResult =
  | { ok: true; userId: string }
  | {
      ok: false;
      field: 'email' | 'phone' | 'password';
      error: 'emailTaken' | 'phoneTaken' | 'passwordCommon';
    };

export async function registerAccount(data: RegisterData): Promise<RegisterResult> {
  if (isCommonPassword(data.password))
    return { ok: false, field: 'password', error: 'passwordCommon' };
  const passwordHash = await hashPassword(data.password);
  try {
    const userId = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ fullName: data.fullName, email: data.email, phone: data.phone, passwordHash })
        .returning({ id: users.id });
      await appendAudit(
        { actorId: row!.id, action: 'register', subjectType: 'user', subjectId: row!.id },
        tx,
      );
      return row!.id;
    });
    return { ok: true, userId };
  } catch (e) {
    if (isUniqueViolation(e, 'email')) return { ok: false, field: 'email', error: 'emailTaken' };
    if (isUniqueViolation(e, 'phone')) return { ok: false, field: 'phone', error: 'phoneTaken' };
    throw e;
  }
}

// ---- Sign-in ----

export type AuthenticateResult =
  | {
      ok: true;
      user: { id: string; fullName: string; email: string; role: Role; tokenVersion: number };
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterMs: number };

/** Keys in the throttle table are keyed hashes: no raw addresses or logins are stored. */
/**
 * Checks a login (email or phone) and password. Unknown logins and wrong passwords get the same
 * answer in about the same time: the password is always verified against some argon2 hash.
 */
export async function authenticate(input: {
  login: string;
  password: string;
  address: string;
  now?: Date;
}): Promise<AuthenticateResult> {
  const now = input.now ?? new Date();
  const parsed = parseLogin(input.login);
  const [user] = parsed
    ? await db
        .select({
          id: users.id,
          fullName: users.fullName,
          email: users.email,
          role: users.role,
          tokenVersion: users.tokenVersion,
          passwordHash: users.passwordHash,
        })
        .from(users)
        .where(
          parsed.kind === 'email' ? eq(users.email, parsed.value) : eq(users.phone, parsed.value),
        )
    : [];
  // Failures count per account, whichever of its logins (e-mail or phone) was typed; a login that
  // names no account counts as typed.
  const accountKey = throttleKey(
    'account',
    user ? `user:${user.id}` : (parsed?.value ?? input.login.trim().toLowerCase()),
  );
  const addressKey = throttleKey('address', input.address);

  const [accountState, addressState] = await Promise.all([
    readThrottle('account', accountKey),
    readThrottle('address', addressKey),
  ]);
  const retryAfterMs = Math.max(
    lockRemainingMs(accountState, now),
    lockRemainingMs(addressState, now),
  );
  if (retryAfterMs > 0) {
    await appendAudit({
      actorId: null,
      action: 'sign_in_locked',
      details: { scope: lockRemainingMs(accountState, now) > 0 ? 'account' : 'address' },
    });
    return { ok: false, reason: 'locked', retryAfterMs };
  }

  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);

  if (!valid || !user) {
    await db.transaction(async (tx) => {
      await recordThrottleFailure(tx, 'account', accountKey, now);
      await recordThrottleFailure(tx, 'address', addressKey, now);
      await appendAudit(
        {
          actorId: user?.id ?? null,
          action: 'sign_in_failed',
          subjectType: 'user',
          subjectId: user?.id,
          details: { loginKind: parsed?.kind ?? 'unknown' },
        },
        tx,
      );
    });
    return { ok: false, reason: 'invalid' };
  }

  await db.transaction(async (tx) => {
    await tx
      .delete(signInThrottle)
      .where(and(eq(signInThrottle.scope, 'account'), eq(signInThrottle.key, accountKey)));
    await appendAudit(
      {
        actorId: user.id,
        action: 'sign_in',
        subjectType: 'user',
        subjectId: user.id,
        details: { loginKind: parsed!.kind },
      },
      tx,
    );
  });
  const { passwordHash: _omit, ...safe } = user;
  return { ok: true, user: safe };
}

// ---- The viewer and their profile ----

/** Establishes the viewer from a session: the user must exist and the token version must still match. */
export async function findViewer(userId: string, tokenVersion: number): Promise<Viewer | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const query = prepared('viewer', (db) =>
    db
      .select({
        id: users.id,
        role: users.role,
        fullName: users.fullName,
        tokenVersion: users.tokenVersion,
      })
      .from(users)
      .where(eq(users.id, sql.placeholder('userId')))
      .prepare('viewer'),
  );
  const [row] = await query.execute({ userId });
  if (!row || row.tokenVersion !== tokenVersion) return null;
  return { id: row.id, role: row.role, fullName: row.fullName };
}

export type Profile = {
  fullName: string;
  email: string;
  phone: string;
  role: Role;
  locale: Locale;
  createdAt: Date;
  passwordChangedAt: Date;
};

export async function getProfile(viewer: Viewer | null): Promise<Profile | null> {
  if (!viewer) return null;
  const [row] = await db
    .select({
      fullName: users.fullName,
      email: users.email,
      phone: users.phone,
      role: users.role,
      locale: users.locale,
      createdAt: users.createdAt,
      passwordChangedAt: users.passwordChangedAt,
    })
    .from(users)
    .where(eq(users.id, viewer.id));
  return row ?? null;
}

export async function updateProfile(
  viewer: Viewer | null,
  data: { fullName: string; phone: string },
): Promise<
  | { ok: true }
  | { ok: false; field: 'phone'; error: 'phoneTaken' }
  | { ok: false; error: 'unauthorized' }
> {
  if (!viewer) return { ok: false, error: 'unauthorized' };
  try {
    await db.update(users).set(data).where(eq(users.id, viewer.id));
    return { ok: true };
  } catch (e) {
    if (isUniqueViolation(e, 'phone')) return { ok: false, field: 'phone', error: 'phoneTaken' };
    throw e;
  }
}

export async function setLocale(viewer: Viewer | null, locale: Locale): Promise<void> {
  if (!viewer) return;
  await db.update(users).set({ locale }).where(eq(users.id, viewer.id));
}

export type ChangePasswordResult =
  | { ok: true; email: string }
  | {
      ok: false;
      field: 'currentPassword' | 'newPassword';
      error: 'passwordWrong' | 'passwordLocked' | 'passwordCommon' | 'passwordSame';
    }
  | { ok: false; error: 'unauthorized' };

/** Changes the password and ends every session of the account (the token version goes up). */
export async function changePassword(
  viewer: Viewer | null,
  data: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  if (!viewer) return { ok: false, error: 'unauthorized' };
  const [row] = await db
    .select({ passwordHash: users.passwordHash, email: users.email })
    .from(users)
    .where(eq(users.id, viewer.id));
  if (!row) return { ok: false, error: 'unauthorized' };
  // Guessing the current password from a stolen session is throttled like sign-in.
  const now = new Date();
  const key = throttleKey('account', `password-change:${viewer.id}`);
  if (lockRemainingMs(await readThrottle('account', key), now) > 0) {
    return { ok: false, field: 'currentPassword', error: 'passwordLocked' };
  }
  if (!(await verifyPassword(row.passwordHash, data.currentPassword))) {
    await db.transaction((tx) => recordThrottleFailure(tx, 'account', key, now));
    return { ok: false, field: 'currentPassword', error: 'passwordWrong' };
  }
  if (data.currentPassword === data.newPassword)
    return { ok: false, field: 'newPassword', error: 'passwordSame' };
  if (isCommonPassword(data.newPassword))
    return { ok: false, field: 'newPassword', error: 'passwordCommon' };
  const passwordHash = await hashPassword(data.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        tokenVersion: sql`${users.tokenVersion} + 1`,
      })
      .where(eq(users.id, viewer.id));
    await endPasswordResets(tx, viewer.id, now);
    await appendAudit(
      { actorId: viewer.id, action: 'password_change', subjectType: 'user', subjectId: viewer.id },
      tx,
    );
    // Told by e-mail too: a stolen session changing the password does not go unnoticed.
    await insertNotification(tx, viewer.id, { kind: 'passwordChanged', href: '/profile' }, now);
  });
  void kickMailDelivery();
  return { ok: true, email: row.email };
}

export async function signOutEverywhere(viewer: Viewer | null): Promise<boolean> {
  if (!viewer) return false;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, viewer.id));
    await appendAudit(
      {
        actorId: viewer.id,
        action: 'sign_out_everywhere',
        subjectType: 'user',
        subjectId: viewer.id,
      },
      tx,
    );
  });
  return true;
}

// ---- Administration ----

export type UserListItem = {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  role: Role;
  createdAt: Date;
};

export async function listUsers(
  viewer: Viewer | null,
  opts: { query?: string; page?: number; pageSize?: number } = {},
): Promise<{ users: UserListItem[]; total: number } | null> {
  if (!canListUsers(viewer)) return null;
  const pageSize = Math.min(Math.max(opts.pageSize ?? 25, 1), 100);
  const page = Math.max(opts.page ?? 1, 1);
  const q = opts.query?.trim().slice(0, 100);
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  const where = pattern
    ? or(ilike(users.fullName, pattern), ilike(users.email, pattern), ilike(users.phone, pattern))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        fullName: users.fullName,
        email: users.email,
        phone: users.phone,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.createdAt), asc(users.email))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  // Each person listed has their name, e-mail and phone read by this admin.
  await logStaffAccess(
    viewer!,
    rows.map((r) => ({
      subjectId: r.id,
      data: 'account' as const,
      purpose: 'adminUsers' as const,
    })),
  );
  return { users: rows, total: total?.n ?? 0 };
}

export type ChangeRoleResult = { ok: true } | { ok: false; error: 'notFound' | 'forbidden' };

/** An admin changes another person's role; it takes effect on their next request, as the viewer is read fresh each time. */
export async function changeUserRole(
  viewer: Viewer | null,
  userId: string,
  role: Role,
): Promise<ChangeRoleResult> {
  if (!canListUsers(viewer)) return { ok: false, error: 'notFound' };
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return { ok: false, error: 'notFound' };
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!target) return { ok: false, error: 'notFound' } as const;
    if (!canChangeRole(viewer, target, role)) return { ok: false, error: 'forbidden' } as const;
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await appendAudit(
      {
        actorId: viewer!.id,
        action: 'role_change',
        subjectType: 'user',
        subjectId: userId,
        details: { from: target.role, to: role },
      },
      tx,
    );
    return { ok: true } as const;
  });
}
