import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { changeUserRole, listUsers } from '@/db/queries/accounts';
import { listAuditEntries } from '@/db/queries/audit';
import { listMyDataAccess } from '@/db/queries/data-access';
import { postNewFineNotices, subscribeToFines } from '@/db/queries/fine-notices';
import { listPayments, listPaymentsForAdmin } from '@/db/queries/payments';
import { dataAccessLog, fines, payments, users, vehicleLinks, vehicles } from '@/db/schema';
import { moscowDate } from '@/lib/city';
import { makeUin } from '@/lib/fines';
import { formatPlate } from '@/lib/fines/documents';
import type { Viewer } from '@/lib/auth/roles';
import { newResident, viewerOf } from '../setup/fixtures';

// Who looked at my data: what a resident finds at /cabinet/data-access after staff opened pages
// with their data, or a registry integration read it.

async function named(fullName: string): Promise<Viewer> {
  const me = await newResident();
  await db.update(users).set({ fullName }).where(eq(users.id, me.id));
  return { ...me, fullName };
}

const entriesOf = async (viewer: Viewer) => (await listMyDataAccess(viewer))?.entries ?? [];

describe('the data access log', () => {
  it('records an admin opening the users list, for each person listed but the admin', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const me = await named('Проверкина Дарья Олеговна');
    const listed = await listUsers(admin, { query: 'Проверкина Дарья' });
    expect(listed?.users.map((u) => u.id)).toEqual([me.id]);

    const [entry, ...rest] = await entriesOf(me);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      actorRole: 'admin',
      actorName: admin.fullName,
      data: 'account',
      purpose: 'adminUsers',
    });
    // The admin listing themselves is not a look at someone else's data.
    await listUsers(admin, { query: 'admin@moygorod.test' });
    expect(await entriesOf(admin)).toEqual([]);
  });

  it('records an admin opening the payments list and the audit log, newest first', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const resident = await named('Платёжная Инна Сергеевна');
    await db.insert(payments).values({
      userId: resident.id,
      idempotencyKey: crypto.randomUUID(),
      fingerprint: `test-${crypto.randomUUID()}`,
      amountKopecks: 150_00,
      status: 'succeeded',
      provider: 'sandbox',
      expiresAt: new Date(),
      succeededAt: new Date(),
    });
    // The audit log names the resident as the subject of the role change below.
    await changeUserRole(admin, resident.id, 'marketing');
    const [{ email }] = (await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, resident.id))) as [{ email: string }];
    await listPaymentsForAdmin(admin, { query: email, page: 1, pageSize: 25 });
    await listAuditEntries(admin, { limit: 200 });
    const entries = await entriesOf(resident);
    const kinds = entries.map((e) => `${e.data}/${e.purpose}`);
    expect(kinds).toContain('payments/adminPayments');
    expect(kinds).toContain('audit/adminAudit');
    expect(kinds.indexOf('audit/adminAudit')).toBeLessThan(kinds.indexOf('payments/adminPayments'));
    // A resident reading their own payments leaves no entry.
    const before = entries.length;
    await listPayments(resident);
    expect((await listMyDataAccess(resident))?.total).toBe(before);
  });

  it('records the fines registry finding a new fine by the resident’s car', async () => {
    const me = await newResident();
    const [car] = await db
      .insert(vehicles)
      .values({
        sts: `78ТТ${String(Date.now()).slice(-6)}`,
        plate: `К${String(Date.now()).slice(-3)}МН791`,
        model: 'Škoda Octavia',
        year: 2018,
        ownerName: me.fullName,
      })
      .returning({ id: vehicles.id, plate: vehicles.plate });
    await db.insert(vehicleLinks).values({ vehicleId: car!.id, userId: me.id });
    await subscribeToFines(me, new Date(Date.now() - 60 * 60_000));
    const uin = makeUin(`1881077${String(Date.now()).slice(-12)}`);
    await db.insert(fines).values({
      uin,
      vehicleId: car!.id,
      article: '12.9 ч.2',
      articleTitle: 'Превышение скорости на 20–40 км/ч',
      place: 'Ленинский проспект, д. 30',
      offenceAt: new Date(Date.now() - 2 * 24 * 60 * 60_000),
      decisionDate: moscowDate(new Date()),
      decisionNumber: uin,
      amountKopecks: 50_000,
      camera: 'Стрелка-СТ 0412',
    });
    await postNewFineNotices(new Date());

    expect(await entriesOf(me)).toMatchObject([
      {
        actorRole: 'integration',
        actorName: null,
        data: 'vehicle',
        purpose: 'fineNotices',
        details: { plate: formatPlate(car!.plate) },
      },
    ]);
  });

  it('lists only the viewer’s own entries, and nothing for nobody', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const a = await named('Первая Анна Ивановна');
    const b = await named('Вторая Белла Ивановна');
    await listUsers(admin, { query: 'Первая Анна' });
    expect(await entriesOf(a)).toHaveLength(1);
    expect(await entriesOf(b)).toEqual([]);
    expect(await listMyDataAccess(null)).toBeNull();
  });

  it('cannot be changed or emptied by the application', async () => {
    const admin = await viewerOf('admin@moygorod.test');
    const me = await named('Неизменная Ольга Петровна');
    await listUsers(admin, { query: 'Неизменная Ольга' });
    await expect(
      db
        .update(dataAccessLog)
        .set({ purpose: 'nothing' })
        .where(eq(dataAccessLog.subjectId, me.id)),
    ).rejects.toThrow();
    await expect(
      db.delete(dataAccessLog).where(eq(dataAccessLog.subjectId, me.id)),
    ).rejects.toThrow();
    await expect(db.execute(sql`truncate ${dataAccessLog}`)).rejects.toThrow();
    expect(await entriesOf(me)).toHaveLength(1);
  });
});
