import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  authenticate,
  changePassword,
  findViewer,
  getProfile,
  registerAccount,
  signOutEverywhere,
  updateProfile,
} from '@/db/queries/accounts';
import { users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import type { Viewer } from '@/lib/auth/roles';
import { viewerOf } from '../setup/fixtures';

const PASSWORD = 'Belye-Nochi-2014';
let counter = 0;

/** A freshly registered resident who knows their password, and the session version they signed in with. */
async function registered(): Promise<{ viewer: Viewer; email: string; tokenVersion: number }> {
  counter += 1;
  const n = String(counter).padStart(2, '0');
  const email = `session${n}@moygorod.test`;
  const result = await registerAccount({
    fullName: 'Сессионова Мария Ильинична',
    email,
    phone: `+792655500${n}`,
    password: PASSWORD,
  });
  if (!result.ok) throw new Error(`could not register ${email}`);
  const [row] = await db
    .select({ id: users.id, role: users.role, fullName: users.fullName, tv: users.tokenVersion })
    .from(users)
    .where(eq(users.id, result.userId));
  const { tv, ...viewer } = row!;
  return { viewer, email, tokenVersion: tv };
}

const signIn = (login: string, password: string, address = '10.9.0.1') =>
  authenticate({ login, password, address });

describe('changing the password', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const { viewer, email, tokenVersion } = await registered();
    const result = await changePassword(viewer, {
      currentPassword: 'not-my-password',
      newPassword: 'Zimnie-Vechera-15',
    });
    expect(result).toEqual({ ok: false, field: 'currentPassword', error: 'passwordWrong' });
    expect(await findViewer(viewer.id, tokenVersion)).toEqual(viewer);
    expect((await signIn(email, PASSWORD)).ok).toBe(true);
    expect((await signIn(email, 'Zimnie-Vechera-15')).ok).toBe(false);
  });

  it.each([
    [PASSWORD, 'passwordSame'],
    ['qwerty123', 'passwordCommon'],
  ])('refuses the new password %j with %s and keeps the sessions', async (newPassword, error) => {
    const { viewer, tokenVersion } = await registered();
    expect(await changePassword(viewer, { currentPassword: PASSWORD, newPassword })).toEqual({
      ok: false,
      field: 'newPassword',
      error,
    });
    expect(await findViewer(viewer.id, tokenVersion)).not.toBeNull();
  });

  it('ends every existing session and lets the person in with the new password only', async () => {
    const { viewer, email, tokenVersion } = await registered();
    const before = await getProfile(viewer);
    const result = await changePassword(viewer, {
      currentPassword: PASSWORD,
      newPassword: 'Zimnie-Vechera-15',
    });
    expect(result).toEqual({ ok: true, email });

    expect(await findViewer(viewer.id, tokenVersion)).toBeNull();
    const fresh = await signIn(email, 'Zimnie-Vechera-15');
    expect(fresh.ok && fresh.user.tokenVersion).toBe(tokenVersion + 1);
    expect(await findViewer(viewer.id, tokenVersion + 1)).toEqual(viewer);
    expect((await signIn(email, PASSWORD)).ok).toBe(false);
    expect((await getProfile(viewer))!.passwordChangedAt.getTime()).toBeGreaterThan(
      before!.passwordChangedAt.getTime(),
    );
  });

  it('does nothing for nobody', async () => {
    expect(
      await changePassword(null, { currentPassword: PASSWORD, newPassword: 'Zimnie-Vechera-15' }),
    ).toEqual({ ok: false, error: 'unauthorized' });
  });
});

describe('signing out everywhere', () => {
  it('ends every session of that person and no one else’s', async () => {
    const { viewer, email, tokenVersion } = await registered();
    const other = await registered();
    expect(await signOutEverywhere(viewer)).toBe(true);

    expect(await findViewer(viewer.id, tokenVersion)).toBeNull();
    expect(await findViewer(other.viewer.id, other.tokenVersion)).toEqual(other.viewer);
    const again = await signIn(email, PASSWORD);
    expect(again.ok && again.user.tokenVersion).toBe(tokenVersion + 1);
  });

  it('does nothing for nobody', async () => {
    expect(await signOutEverywhere(null)).toBe(false);
  });
});

describe('editing the profile', () => {
  it('refuses a phone that is another person’s and keeps the old one', async () => {
    const { viewer } = await registered();
    const before = await getProfile(viewer);
    expect(
      await updateProfile(viewer, { fullName: 'Сессионова Мария', phone: '+79160000001' }),
    ).toEqual({ ok: false, field: 'phone', error: 'phoneTaken' });
    expect(await getProfile(viewer)).toEqual(before);
  });

  it('saves a new name and phone, which then work as a login', async () => {
    const { viewer } = await registered();
    expect(
      await updateProfile(viewer, {
        fullName: 'Новосёлова Мария Ильинична',
        phone: '+79265559999',
      }),
    ).toEqual({ ok: true });
    expect(await getProfile(viewer)).toMatchObject({
      fullName: 'Новосёлова Мария Ильинична',
      phone: '+79265559999',
    });
    expect((await signIn('8 926 555-99-99', PASSWORD)).ok).toBe(true);
  });

  it('keeps one’s own phone when only the name changes', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    expect(
      await updateProfile(resident, { fullName: 'Иванова Анна Сергеевна', phone: '+79160000001' }),
    ).toEqual({ ok: true });
  });
});

describe('throttling sign-ins from one address', () => {
  it('locks an address after 30 failures across different logins, for every login', async () => {
    const address = '203.0.113.7';
    // 29 failures, no more than 4 per login so no account lock gets in the way.
    for (let i = 0; i < 29; i++) {
      const r = await signIn(`guess${i % 8}@moygorod.test`, `wrong-${i}-password`, address);
      expect(r).toEqual({ ok: false, reason: 'invalid' });
    }
    // Still allowed: a right password gets in (and does not wipe the address's count).
    expect((await signIn('neighbour@moygorod.test', DEMO_PASSWORD, address)).ok).toBe(true);

    expect(await signIn('guess9@moygorod.test', 'wrong-30-password', address)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const locked = await signIn('neighbour@moygorod.test', DEMO_PASSWORD, address);
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect(!locked.ok && locked.reason === 'locked' && locked.retryAfterMs).toBeGreaterThan(
      14 * 60_000,
    );

    // The same person from another address is not affected.
    expect((await signIn('neighbour@moygorod.test', DEMO_PASSWORD, '198.51.100.4')).ok).toBe(true);
  });
});

describe('throttling sign-ins to one account', () => {
  it('counts wrong passwords per account, whether the e-mail or the phone was typed', async () => {
    const { email } = await registered();
    const [account] = await db
      .select({ phone: users.phone })
      .from(users)
      .where(eq(users.email, email));
    const phone = account!.phone;
    // Five wrong passwords, typed with both of the account's logins, each from its own address.
    for (const [i, login] of [email, phone, email, phone, email].entries())
      expect(await signIn(login, `wrong-${i}-password`, `192.0.2.${i + 1}`)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    // The account is locked for either spelling, even with the right password.
    expect(await signIn(phone, PASSWORD, '192.0.2.50')).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(await signIn(email.toUpperCase(), PASSWORD, '192.0.2.51')).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });
});

describe('guessing the current password on the profile', () => {
  it('locks the password change after five wrong current passwords, even for the right one', async () => {
    const { viewer } = await registered();
    for (let i = 0; i < 5; i++) {
      const wrong = await changePassword(viewer, {
        currentPassword: `guess-${i}-wrong`,
        newPassword: 'Novyi-Parol-2015',
      });
      expect(wrong).toMatchObject({ ok: false, error: 'passwordWrong' });
    }
    const right = await changePassword(viewer, {
      currentPassword: PASSWORD,
      newPassword: 'Novyi-Parol-2015',
    });
    expect(right).toEqual({ ok: false, field: 'currentPassword', error: 'passwordLocked' });
  });
});
