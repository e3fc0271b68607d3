import { describe, expect, it } from 'vitest';
import { changeUserRole, listUsers } from '@/db/queries/accounts';
import { appendAudit, listAuditEntries } from '@/db/queries/audit';
import { newResident, viewerOf } from '../setup/fixtures';

describe('the audit log page', () => {
  it('is closed to residents, marketing and anonymous visitors', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const marketing = await viewerOf('marketing@moygorod.test');
    expect(await listAuditEntries(null)).toBeNull();
    expect(await listAuditEntries(resident)).toBeNull();
    expect(await listAuditEntries(marketing)).toBeNull();
  });

  it('shows a role change first, naming who changed whose role and how', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const neighbour = await viewerOf('neighbour@moygorod.test');
    expect(await changeUserRole(admin, neighbour.id, 'marketing')).toEqual({ ok: true });

    const log = await listAuditEntries(admin);
    expect(log?.entries[0]).toMatchObject({
      action: 'role_change',
      actor: { fullName: 'Кузнецов Михаил Андреевич', email: 'admin@moygorod.test' },
      subjectType: 'user',
      subjectId: neighbour.id,
      subjectUser: { fullName: 'Петров Олег Николаевич', email: 'neighbour@moygorod.test' },
      details: { from: 'resident', to: 'marketing' },
    });
  });

  it('shows an unknown person as no actor, and a subject that is not a person without a name', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    await appendAudit({ actorId: null, action: 'sign_in_failed', details: { loginKind: 'email' } });
    await appendAudit({
      actorId: admin.id,
      action: 'link',
      subjectType: 'vehicle',
      subjectId: 'not-a-uuid',
    });
    const [link, failed] = (await listAuditEntries(admin))!.entries;
    expect(link).toMatchObject({ action: 'link', subjectId: 'not-a-uuid', subjectUser: null });
    expect(link?.actor?.email).toBe('admin@moygorod.test');
    expect(failed).toMatchObject({ action: 'sign_in_failed', actor: null });
  });

  it('pages back through older entries without repeating or skipping any', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    for (let i = 0; i < 5; i++) {
      const person = await newResident();
      await appendAudit({
        actorId: person.id,
        action: 'register',
        subjectType: 'user',
        subjectId: person.id,
      });
    }
    const all = (await listAuditEntries(admin, { limit: 200 }))!.entries.map((e) => e.id);
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = (await listAuditEntries(admin, { before, limit: 2 }))!;
      seen.push(...page.entries.map((e) => e.id));
      if (page.olderBefore === null) break;
      before = page.olderBefore;
    }
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual(all);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });
});

describe('the user list', () => {
  it('finds people by part of a name, email or phone, and treats % and _ literally', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const byName = await listUsers(admin, { query: 'петров олег' });
    expect(byName?.users.map((u) => u.email)).toEqual(['neighbour@moygorod.test']);
    const byPhone = await listUsers(admin, { query: '9160000004' });
    expect(byPhone?.users.map((u) => u.email)).toEqual(['admin@moygorod.test']);
    expect((await listUsers(admin, { query: '%' }))?.total).toBe(0);
    expect((await listUsers(admin, { query: '_' }))?.total).toBe(0);
  });

  it('is closed to everyone but admins', async () => {
    expect(await listUsers(null)).toBeNull();
    expect(await listUsers(await viewerOf('marketing@moygorod.test'))).toBeNull();
  });
});
