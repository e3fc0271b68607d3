// Sign-in throttling rules, pure: the state comes from the database, `now` from the caller.

export type ThrottleScope =
  'account' | 'address' | 'link' | 'fineCheck' | 'resetAccount' | 'resetAddress';

export type ThrottleState = {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
};

export const throttleLimits: Record<
  ThrottleScope,
  { maxFailures: number; windowMs: number; lockMs: number }
> = {
  // Five wrong passwords for one login lock it for 15 minutes.
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  // One address may try many logins (a family, an office behind NAT) but not a whole dictionary.
  address: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  // Payer codes, СТС and certificates that match nothing: enough for typos, too few to trawl the registry.
  link: { maxFailures: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  // Fine checks that match nothing, per address and per person: a licence's issue date is one of a
  // few thousand days, so unlimited guesses would open anyone's fines (and their name on the decision).
  fineCheck: { maxFailures: 20, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  // Password reset requests count whether or not they name an account. Per account, three mails an
  // hour (more are quietly not sent: the answer must not tell whether the account exists); per
  // address, ten requests an hour, then a visible wait.
  resetAccount: { maxFailures: 3, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
  resetAddress: { maxFailures: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
};

/** Milliseconds until the key may try again; 0 when it may try now. */
export function lockRemainingMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure. */
export function afterFailure(
  scope: ThrottleScope,
  state: ThrottleState | undefined,
  now: Date,
): ThrottleState {
  const { maxFailures, windowMs, lockMs } = throttleLimits[scope];
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() >= windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const lockedUntil =
    failures >= maxFailures
      ? new Date(now.getTime() + lockMs)
      : windowExpired
        ? null
        : (state?.lockedUntil ?? null);
  return {
    failures: failures >= maxFailures ? 0 : failures,
    windowStartedAt: failures >= maxFailures ? now : windowStartedAt,
    lockedUntil,
  };
}
