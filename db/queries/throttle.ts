import 'server-only';
import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { signInThrottle } from '@/db/schema';
import { env } from '@/server/env';
import { afterFailure, type ThrottleScope } from '@/lib/auth/throttle-rules';

// Failure counters kept in the database (so limits hold across restarts and server instances),
// for sign-in, password changes and guessing registry records. The rules are lib/auth/throttle-rules.ts.

export const throttleKey = (scope: ThrottleScope, value: string) =>
  createHmac('sha256', env().AUTH_SECRET).update(`${scope}:${value}`).digest('base64url');

export async function readThrottle(scope: ThrottleScope, key: string) {
  const [row] = await db
    .select()
    .from(signInThrottle)
    .where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)));
  return row;
}

export async function recordThrottleFailure(tx: Tx, scope: ThrottleScope, key: string, now: Date) {
  await tx
    .insert(signInThrottle)
    .values({ scope, key, failures: 0, windowStartedAt: now })
    .onConflictDoNothing();
  const [current] = await tx
    .select()
    .from(signInThrottle)
    .where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)))
    .for('update');
  const next = afterFailure(scope, current, now);
  await tx
    .update(signInThrottle)
    .set(next)
    .where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)));
  return next;
}
