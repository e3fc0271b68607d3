import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { authenticate, changePassword, findViewer, registerAccount } from '@/db/queries/accounts';
import { kickMailDelivery } from '@/db/queries/mail-outbox';
import { listNotifications } from '@/db/queries/notifications';
import {
  findPasswordReset,
  requestPasswordReset,
  resetPassword,
} from '@/db/queries/password-resets';
import { auditLog, outboxMails, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/roles';
import { onPostgres } from '../setup/db';

const PASSWORD = 'Belye-Nochi-2014';
const NEW_PASSWORD = 'Zolotaya-Osen-77';
let counter = 0;

type Person = { viewer: Viewer; email: string; phone: string; tokenVersion: number };

async function registered(): Promise<Person> {
  counter += 1;
  const n = String(counter).padStart(2, '0');
  const email = `reset${n}@moygorod.test`;
  const phone = `+792655511${n}`;
  const result = await registerAccount({
    fullName: 'Забывчивая Ольга Петровна',
    email,
    phone,
    password: PASSWORD,
  });
  if (!result.ok) throw new Error(`could not register ${email}`);
  const [row] = await db
    .select({ id: users.id, role: users.role, fullName: users.fullName, tv: users.tokenVersion })
    .from(users)
    .where(eq(users.id, result.userId));
  const { tv, ...viewer } = row!;
  return { viewer, email, phone, tokenVersion: tv };
}

// The mail the tests queue is sent in the background: done before the database goes.
afterAll(() => kickMailDelivery());

/** Each test asks from an address of its own, so the per-address limit is its own too. */
const address = () => `10.77.0.${++counter}`;
const ask = (login: string, from = address(), now?: Date) =>
  requestPasswordReset({ login, address: from, now, answerAfterMs: 0 });

async function mailsFor(userId: string) {
  return db
    .select()
    .from(outboxMails)
    .where(eq(outboxMails.userId, userId))
    .orderBy(desc(outboxMails.createdAt));
}

/** The token of the latest reset link mailed to the person. */
async function linkTokenOf(userId: string): Promise<string> {
  const mail = (await mailsFor(userId)).find((m) => m.kind === 'passwordReset');
  const token = /\/password\/reset\/([A-Za-z0-9_-]{43})\b/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no reset link was mailed');
  return token;
}

describe('asking for a reset link', () => {
  it('mails a link to the account by its e-mail or its phone, never to the inbox', async () => {
    const me = await registered();
    expect(await ask(me.phone.replace('+7', '8'))).toEqual({ ok: true });
    const [mail] = await mailsFor(me.viewer.id);
    expect(mail).toMatchObject({ to: me.email, kind: 'passwordReset', status: expect.any(String) });
    expect(mail!.text).toContain('30');
    expect(await findPasswordReset(await linkTokenOf(me.viewer.id))).toEqual({ email: me.email });
    expect((await listNotifications(me.viewer))?.total).toBe(0);
  });

  it('gives the same answer for a login nobody has, and mails nothing', async () => {
    const before = await db.$count(outboxMails);
    expect(await ask('nobody-here@moygorod.test')).toEqual({ ok: true });
    expect(await ask('+7 999 000-00-00')).toEqual({ ok: true });
    expect(await ask('not even a login')).toEqual({ ok: true });
    expect(await db.$count(outboxMails)).toBe(before);
  });

  it('ends the older link when a newer one is asked for', async () => {
    const me = await registered();
    await ask(me.email);
    const first = await linkTokenOf(me.viewer.id);
    await new Promise((r) => setTimeout(r, 5));
    await ask(me.email);
    const second = await linkTokenOf(me.viewer.id);
    expect(second).not.toBe(first);
    expect(await findPasswordReset(first)).toBeNull();
    expect(await resetPassword({ token: first, newPassword: NEW_PASSWORD })).toEqual({
      ok: false,
      error: 'invalidLink',
    });
    expect(await findPasswordReset(second)).toEqual({ email: me.email });
  });

  it('mails three links an hour per account, then answers the same and mails nothing', async () => {
    const me = await registered();
    // From different addresses, by e-mail and by phone: the account is counted, not the login typed.
    for (const login of [me.email, me.phone, me.email.toUpperCase(), me.phone])
      expect(await ask(login)).toEqual({ ok: true });
    expect((await mailsFor(me.viewer.id)).length).toBe(3);
    // An hour later, a link again.
    expect(await ask(me.email, address(), new Date(Date.now() + 61 * 60_000))).toEqual({
      ok: true,
    });
    expect((await mailsFor(me.viewer.id)).length).toBe(4);
  });

  it('tells an address that asks too often to wait, whatever it asks for', async () => {
    const from = address();
    for (let i = 0; i < 10; i++)
      expect((await ask(`someone${i}@moygorod.test`, from)).ok).toBe(true);
    const refused = await ask('someone-else@moygorod.test', from);
    expect(refused).toMatchObject({ ok: false, reason: 'tooMany' });
    if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(59 * 60_000);
    expect((await ask('someone-else@moygorod.test')).ok).toBe(true);
  });
});

describe('setting the password from a link', () => {
  it('sets it once, ends every session, audits it and tells the person by e-mail', async () => {
    const me = await registered();
    await ask(me.email);
    const token = await linkTokenOf(me.viewer.id);
    expect(await resetPassword({ token, newPassword: NEW_PASSWORD })).toEqual({ ok: true });

    expect(await findViewer(me.viewer.id, me.tokenVersion)).toBeNull();
    expect(
      (await authenticate({ login: me.email, password: NEW_PASSWORD, address: address() })).ok,
    ).toBe(true);
    expect(
      (await authenticate({ login: me.email, password: PASSWORD, address: address() })).ok,
    ).toBe(false);
    // Used: the link opens nothing any more.
    expect(await findPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, newPassword: 'Vtoroy-Raz-2015' })).toEqual({
      ok: false,
      error: 'invalidLink',
    });
    expect(
      (await authenticate({ login: me.email, password: 'Vtoroy-Raz-2015', address: address() })).ok,
    ).toBe(false);

    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, me.viewer.id), eq(auditLog.action, 'password_reset')));
    expect(audit).toHaveLength(1);
    const kinds = (await mailsFor(me.viewer.id)).map((m) => m.kind);
    expect(kinds).toEqual(['passwordChanged', 'passwordReset']);
    const inbox = await listNotifications(me.viewer);
    expect(inbox?.items.map((n) => n.kind)).toEqual(['passwordChanged']);
  });

  it('refuses a link after its 30 minutes', async () => {
    const me = await registered();
    await ask(me.email);
    const token = await linkTokenOf(me.viewer.id);
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await findPasswordReset(token, later)).toBeNull();
    expect(await resetPassword({ token, newPassword: NEW_PASSWORD, now: later })).toEqual({
      ok: false,
      error: 'invalidLink',
    });
    expect(
      (await authenticate({ login: me.email, password: PASSWORD, address: address() })).ok,
    ).toBe(true);
  });

  it('ends the link when the password is changed in the profile', async () => {
    const me = await registered();
    await ask(me.email);
    const token = await linkTokenOf(me.viewer.id);
    const changed = await changePassword(me.viewer, {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.ok).toBe(true);
    expect(await findPasswordReset(token)).toBeNull();
    expect((await listNotifications(me.viewer))?.items.map((n) => n.kind)).toEqual([
      'passwordChanged',
    ]);
  });

  it('refuses a common password and keeps the link and the old password', async () => {
    const me = await registered();
    await ask(me.email);
    const token = await linkTokenOf(me.viewer.id);
    expect(await resetPassword({ token, newPassword: 'password123' })).toEqual({
      ok: false,
      field: 'newPassword',
      error: 'passwordCommon',
    });
    expect(await findPasswordReset(token)).toEqual({ email: me.email });
    expect(await findViewer(me.viewer.id, me.tokenVersion)).toEqual(me.viewer);
  });

  it('opens an account locked by wrong passwords', async () => {
    const me = await registered();
    for (let i = 0; i < 5; i++)
      await authenticate({ login: me.email, password: 'wrong-guess', address: address() });
    expect(
      await authenticate({ login: me.email, password: PASSWORD, address: address() }),
    ).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    await ask(me.email);
    await resetPassword({ token: await linkTokenOf(me.viewer.id), newPassword: NEW_PASSWORD });
    expect(
      (await authenticate({ login: me.email, password: NEW_PASSWORD, address: address() })).ok,
    ).toBe(true);
  });

  it.each([
    '',
    'short',
    'x'.repeat(43),
    '../../etc/passwd',
    'A'.repeat(100),
    "'; drop table users; --",
  ])('opens nothing for a forged token %j', async (token) => {
    expect(await findPasswordReset(token)).toBeNull();
    expect(await resetPassword({ token, newPassword: NEW_PASSWORD })).toEqual({
      ok: false,
      error: 'invalidLink',
    });
  });

  it.runIf(onPostgres())('sets the password once when one link is sent twice at once', async () => {
    const me = await registered();
    await ask(me.email);
    const token = await linkTokenOf(me.viewer.id);
    const results = await Promise.all([
      resetPassword({ token, newPassword: NEW_PASSWORD }),
      resetPassword({ token, newPassword: 'Vtoroy-Raz-2015' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'invalidLink' }]);
    const kinds = (await mailsFor(me.viewer.id)).map((m) => m.kind);
    expect(kinds.filter((k) => k === 'passwordChanged')).toHaveLength(1);
  });

  it.runIf(onPostgres())('leaves one live link when two are asked for at once', async () => {
    const me = await registered();
    await Promise.all([ask(me.email), ask(me.phone)]);
    const mailed = (await mailsFor(me.viewer.id)).map(
      (m) => /\/password\/reset\/([A-Za-z0-9_-]{43})\b/.exec(m.text)![1]!,
    );
    expect(mailed).toHaveLength(2);
    const live = await Promise.all(mailed.map((t) => findPasswordReset(t)));
    expect(live.filter(Boolean)).toHaveLength(1);
  });
});
