import { describe, expect, it } from 'vitest';
import { authenticate, changeUserRole, registerAccount } from '@/db/queries/accounts';
import { DEMO_PASSWORD } from '@/db/seed';
import { viewerOf } from '../setup/fixtures';

describe('sign-in', () => {
  it('lets the demo resident in by email and by phone in any spelling', async () => {
    const byEmail = await authenticate({
      login: 'Resident@MoyGorod.test',
      password: DEMO_PASSWORD,
      address: '10.0.0.1',
    });
    const byPhone = await authenticate({
      login: '8 (916) 000-00-01',
      password: DEMO_PASSWORD,
      address: '10.0.0.1',
    });
    expect(byEmail.ok && byEmail.user.email).toBe('resident@moygorod.test');
    expect(byPhone.ok && byPhone.user.email).toBe('resident@moygorod.test');
  });

  it('answers an unknown login exactly as a wrong password', async () => {
    const unknown = await authenticate({
      login: 'nobody@moygorod.test',
      password: 'whatever-123',
      address: '10.0.0.2',
    });
    const wrong = await authenticate({
      login: 'resident@moygorod.test',
      password: 'whatever-123',
      address: '10.0.0.2',
    });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks a login after five wrong passwords, even with the right one', async () => {
    const login = 'marketing@moygorod.test';
    for (let i = 0; i < 5; i++)
      await authenticate({ login, password: `wrong-${i}-pass`, address: `10.1.0.${i}` });
    const result = await authenticate({ login, password: DEMO_PASSWORD, address: '10.1.0.99' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('locked');
  });
});

describe('registration', () => {
  it('refuses a common password and an email already taken', async () => {
    const base = { fullName: 'Новикова Ирина Юрьевна', phone: '+79167770011' };
    expect(
      await registerAccount({ ...base, email: 'irina@moygorod.test', password: 'qwerty123' }),
    ).toMatchObject({ ok: false, field: 'password' });
    expect(
      await registerAccount({
        ...base,
        email: 'resident@moygorod.test',
        password: 'Zq7!long-enough',
      }),
    ).toMatchObject({ ok: false, field: 'email', error: 'emailTaken' });
    expect(
      await registerAccount({ ...base, email: 'irina@moygorod.test', password: 'Zq7!long-enough' }),
    ).toMatchObject({ ok: true });
  });
});

describe('roles', () => {
  it('lets an admin change a resident’s role, and nobody else', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const resident = await viewerOf('neighbour@moygorod.test');
    const marketing = await viewerOf('marketing@moygorod.test');
    expect(await changeUserRole(marketing, resident.id, 'admin')).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await changeUserRole(admin, admin.id, 'resident')).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await changeUserRole(admin, resident.id, 'marketing')).toEqual({ ok: true });
  });
});
