import { asc, eq, notInArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { licenceLink, vehicleLink } from '@/services/fines/links';
import { db } from '@/db';
import { getCabinet, getLicence, linkRecord, unlinkRecord } from '@/db/queries/links';
import { listNotifications } from '@/db/queries/notifications';
import { auditLog, drivingLicences, licenceLinks, usageEvents } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { formatLicence } from '@/lib/fines/documents';
import { licenceSchema } from '@/lib/fines/licence-schema';
import { newResident, viewerOf } from '../setup/fixtures';
import { onPostgres } from '../setup/db';

const [smirnov, orlova] = demoRecords.freeLicences;
const residentLicence = demoRecords.residentLicence;
const now = new Date();

async function idOf(number: string) {
  const [row] = await db
    .select({ id: drivingLicences.id })
    .from(drivingLicences)
    .where(eq(drivingLicences.number, number));
  return row!.id;
}

async function holderOf(licenceId: string) {
  const [row] = await db
    .select({ userId: licenceLinks.userId })
    .from(licenceLinks)
    .where(eq(licenceLinks.licenceId, licenceId));
  return row?.userId ?? null;
}

/** The i-th of the seed's generated licences: the README does not name them and nobody holds them. */
async function generatedLicence(i: number) {
  const named = [residentLicence.number, ...demoRecords.freeLicences.map((l) => l.number)];
  const rows = await db
    .select({
      id: drivingLicences.id,
      number: drivingLicences.number,
      issuedOn: drivingLicences.issuedOn,
    })
    .from(drivingLicences)
    .where(notInArray(drivingLicences.number, named))
    .orderBy(asc(drivingLicences.number))
    .limit(i + 1);
  return rows[i]!;
}

/** A day that is not the licence's issue day. */
const dayAfter = (day: string) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe('linking a driving licence', () => {
  it('with the number and issue date as printed puts it in the cabinet', async () => {
    const me = await newResident();
    const input = licenceSchema(now).parse({ number: '50 23 246810', issuedOn: '10.02.2023' });
    const result = await linkRecord(me, licenceLink, input);
    const id = await idOf(smirnov!.number);
    expect(result).toEqual({ ok: true, id });

    const cabinet = await getCabinet(me);
    expect(cabinet?.licences).toEqual([
      {
        id,
        number: '5023246810',
        issuedOn: '2023-02-10',
        validUntil: '2033-02-10',
        holderName: smirnov!.holderName,
      },
    ]);
    expect(await getLicence(me, id)).toMatchObject({
      number: '5023246810',
      holderName: smirnov!.holderName,
    });
    expect(await unlinkRecord(me, licenceLink, id)).toEqual({ ok: true });
  });

  it('finds an older licence with a series of letters, however its letters are typed', async () => {
    const me = await newResident();
    const input = licenceSchema(now).parse({ number: '77 вк 654321', issuedOn: '2010-03-27' });
    const result = await linkRecord(me, licenceLink, input);
    expect(result).toEqual({ ok: true, id: await idOf(orlova!.number) });
    await unlinkRecord(me, licenceLink, result.ok ? result.id : '');
  });

  it('with a wrong issue date answers not found, like an unknown number, and stores nothing', async () => {
    const me = await newResident();
    const id = await idOf(smirnov!.number);
    const wrongDate = await linkRecord(me, licenceLink, {
      number: smirnov!.number,
      issuedOn: dayAfter(smirnov!.issuedOn),
    });
    const unknownNumber = await linkRecord(me, licenceLink, {
      number: '9999999999',
      issuedOn: smirnov!.issuedOn,
    });
    expect(wrongDate).toEqual({ ok: false, error: 'notFound' });
    expect(unknownNumber).toEqual(wrongDate);

    expect(await holderOf(id)).toBeNull();
    expect((await getCabinet(me))?.licences).toEqual([]);
    expect(await getLicence(me, id)).toBeNull();
    expect(await db.select().from(auditLog).where(eq(auditLog.actorId, me.id))).toEqual([]);
    expect((await listNotifications(me))?.total).toBe(0);
  });

  it('that the demo resident holds answers "linked to another" and leaves it hers', async () => {
    const me = await newResident();
    const resident = await viewerOf('resident@moygorod.test');
    const result = await linkRecord(me, licenceLink, {
      number: residentLicence.number,
      issuedOn: residentLicence.issuedOn,
    });
    expect(result).toEqual({ ok: false, error: 'linkedToAnother' });
    expect(await holderOf(await idOf(residentLicence.number))).toBe(resident.id);
    expect((await getCabinet(me))?.licences).toEqual([]);
  });

  it('twice answers "already yours" with the licence to open', async () => {
    const me = await newResident();
    const licence = await generatedLicence(0);
    const input = { number: licence.number, issuedOn: licence.issuedOn };
    expect(await linkRecord(me, licenceLink, input)).toEqual({ ok: true, id: licence.id });
    expect(await linkRecord(me, licenceLink, input)).toEqual({
      ok: false,
      error: 'alreadyLinkedToYou',
      id: licence.id,
    });
  });

  it('misses count toward the same limit as other look-ups: wrong dates cannot be tried forever', async () => {
    const me = await newResident();
    const licence = await generatedLicence(1);
    let day = licence.issuedOn;
    for (let i = 0; i < 10; i++) {
      day = dayAfter(day);
      expect(await linkRecord(me, licenceLink, { number: licence.number, issuedOn: day })).toEqual({
        ok: false,
        error: 'notFound',
      });
    }
    expect(
      await linkRecord(me, licenceLink, { number: licence.number, issuedOn: licence.issuedOn }),
    ).toEqual({
      ok: false,
      error: 'tooManyAttempts',
    });
    // The limit is the person's, whatever they look up next.
    expect(await linkRecord(me, vehicleLink, { sts: demoRecords.freeVehicles[0].sts })).toEqual({
      ok: false,
      error: 'tooManyAttempts',
    });
    expect(await holderOf(licence.id)).toBeNull();
  });

  it.runIf(onPostgres())('by two people at once: exactly one wins, the other is told', async () => {
    const [a, b] = await Promise.all([newResident(), newResident()]);
    const licence = await generatedLicence(2);
    const input = { number: licence.number, issuedOn: licence.issuedOn };
    const results = await Promise.all([
      linkRecord(a, licenceLink, input),
      linkRecord(b, licenceLink, input),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'linkedToAnother' }]);
  });
});

describe('unlinking a driving licence', () => {
  it('takes it out of the cabinet, and leaves an audit row, a notification and a use each way', async () => {
    const me = await newResident();
    const licence = await generatedLicence(3);
    await linkRecord(me, licenceLink, { number: licence.number, issuedOn: licence.issuedOn });
    expect(await unlinkRecord(me, licenceLink, licence.id)).toEqual({ ok: true });

    expect(await getLicence(me, licence.id)).toBeNull();
    expect((await getCabinet(me))?.licences).toEqual([]);
    expect(await holderOf(licence.id)).toBeNull();

    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId, type: auditLog.subjectType })
      .from(auditLog)
      .where(eq(auditLog.subjectId, licence.id))
      .orderBy(auditLog.id);
    expect(audit).toEqual([
      { action: 'link', actorId: me.id, type: 'licence' },
      { action: 'unlink', actorId: me.id, type: 'licence' },
    ]);
    const inbox = await listNotifications(me);
    expect(inbox?.items.map((n) => n.kind)).toEqual(['licenceUnlinked', 'licenceLinked']);
    const shown = formatLicence(licence.number);
    expect(inbox?.items[1]).toMatchObject({
      href: `/cabinet/licences/${licence.id}`,
      params: { number: shown },
    });
    expect(inbox?.items[0]).toMatchObject({ href: '/cabinet', params: { number: shown } });
    const uses = await db
      .select({ service: usageEvents.service })
      .from(usageEvents)
      .where(eq(usageEvents.userId, me.id))
      .orderBy(usageEvents.id);
    expect(uses.map((u) => u.service)).toEqual(['link-licence', 'unlink-licence']);
  });

  it('lets someone else link it afterwards', async () => {
    const [first, second] = await Promise.all([newResident(), newResident()]);
    const licence = await generatedLicence(4);
    const input = { number: licence.number, issuedOn: licence.issuedOn };
    await linkRecord(first, licenceLink, input);
    expect(await linkRecord(second, licenceLink, input)).toEqual({
      ok: false,
      error: 'linkedToAnother',
    });
    await unlinkRecord(first, licenceLink, licence.id);
    expect(await linkRecord(second, licenceLink, input)).toEqual({ ok: true, id: licence.id });
  });

  it('of another person’s licence answers not found and changes nothing', async () => {
    const stranger = await newResident();
    const resident = await viewerOf('resident@moygorod.test');
    const id = await idOf(residentLicence.number);
    expect(await unlinkRecord(stranger, licenceLink, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await getLicence(stranger, id)).toBeNull();
    expect(await holderOf(id)).toBe(resident.id);
    expect((await listNotifications(stranger))?.total).toBe(0);
    for (const bad of ['not-a-uuid', "1' or '1'='1", '', 'x'.repeat(5000)]) {
      expect(await unlinkRecord(resident, licenceLink, bad)).toEqual({
        ok: false,
        error: 'notFound',
      });
      expect(await getLicence(resident, bad)).toBeNull();
    }
    expect(await unlinkRecord(null, licenceLink, id)).toEqual({ ok: false, error: 'notFound' });
    expect(await getLicence(null, id)).toBeNull();
  });
});

describe('the demo resident’s cabinet', () => {
  it('lists her licence with its holder and validity', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const cabinet = await getCabinet(resident);
    expect(cabinet?.licences).toEqual([
      expect.objectContaining({
        id: await idOf(residentLicence.number),
        number: '7719123456',
        issuedOn: '2019-06-15',
        validUntil: '2029-06-15',
      }),
    ]);
    const licence = await getLicence(resident, cabinet!.licences[0]!.id);
    expect(licence?.holderName).toBe(cabinet!.licences[0]!.holderName);
    expect(licence?.linkedAt).toBeInstanceOf(Date);
  });
});
