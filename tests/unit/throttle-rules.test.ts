import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  lockRemainingMs,
  throttleLimits,
  type ThrottleScope,
  type ThrottleState,
} from '@/lib/auth/throttle-rules';

const MIN = 60_000;
const t0 = new Date('2014-12-15T09:00:00+03:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

/** The state after `n` failures, one every `stepMinutes` from t0. */
function failures(scope: ThrottleScope, n: number, stepMinutes = 1): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (let i = 0; i < n; i++) state = afterFailure(scope, state, at(i * stepMinutes));
  return state;
}

describe('locking an account after wrong passwords', () => {
  it.each([
    [1, false],
    [4, false],
    [5, true],
  ])('%i failures in a row lock it: %s', (n, locked) => {
    const state = failures('account', n);
    expect(lockRemainingMs(state, at(n - 1)) > 0).toBe(locked);
  });

  it('locks for 15 minutes from the fifth failure', () => {
    const state = failures('account', 5)!;
    expect(state.lockedUntil).toEqual(at(4 + 15));
    expect(lockRemainingMs(state, at(4))).toBe(15 * MIN);
    expect(lockRemainingMs(state, at(10))).toBe(9 * MIN);
    expect(lockRemainingMs(state, at(19))).toBe(0);
    expect(lockRemainingMs(state, at(30))).toBe(0);
  });

  it('forgets failures once the 15-minute window has passed', () => {
    let state = failures('account', 4);
    state = afterFailure('account', state, at(3 + 15)); // window started at t0, now expired
    expect(state).toEqual({ failures: 1, windowStartedAt: at(18), lockedUntil: null });
    expect(lockRemainingMs(state, at(18))).toBe(0);
  });

  it('still counts a failure just inside the window', () => {
    let state = failures('account', 4);
    state = afterFailure('account', state, new Date(t0.getTime() + 15 * MIN - 1));
    expect(lockRemainingMs(state, at(14))).toBeGreaterThan(0);
  });

  it('starts counting afresh once a lock is over, so five more failures lock again', () => {
    const locked = failures('account', 5)!; // locked at 4 min until 19 min
    let state: ThrottleState = locked;
    for (const minute of [19, 19.5, 20, 20.5]) state = afterFailure('account', state, at(minute));
    expect(lockRemainingMs(state, at(20.5))).toBe(0);
    state = afterFailure('account', state, at(21));
    expect(lockRemainingMs(state, at(21))).toBe(15 * MIN);
  });
});

describe('locking a client address', () => {
  it('lets one address make 29 failures across logins and locks it at the 30th', () => {
    expect(throttleLimits.address.maxFailures).toBe(30);
    const after29 = failures('address', 29, 0.25);
    expect(lockRemainingMs(after29, at(7))).toBe(0);
    const after30 = afterFailure('address', after29, at(7.25));
    expect(lockRemainingMs(after30, at(7.25))).toBe(15 * MIN);
  });
});

describe('a key with no history', () => {
  it('may try now', () => {
    expect(lockRemainingMs(undefined, t0)).toBe(0);
    expect(afterFailure('account', undefined, t0)).toEqual({
      failures: 1,
      windowStartedAt: t0,
      lockedUntil: null,
    });
  });
});
