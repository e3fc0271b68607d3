import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { childLink } from '@/services/family/link';
import { vehicleLink } from '@/services/fines/links';
import { apartmentLink } from '@/services/housing/link';
import { db } from '@/db';
import {
  getApartment,
  getCabinet,
  getChild,
  getVehicle,
  linkRecord,
  unlinkRecord,
} from '@/db/queries/links';
import { listNotifications } from '@/db/queries/notifications';
import { apartments, auditLog, usageEvents, vehicles } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { formatPlate } from '@/lib/fines/documents';
import { linkApartmentSchema, linkChildSchema, linkVehicleSchema } from '@/lib/registry/schemas';
import { newResident, viewerOf } from '../setup/fixtures';
import { onPostgres } from '../setup/db';

const [free108, free33] = demoRecords.freeApartments;
const [freeCar, freeCar2] = demoRecords.freeVehicles;
const [freeChild, freeChild2] = demoRecords.freeChildren;
const neighbour = demoRecords.neighbourApartment;

async function idOfApartment(payerCode: string) {
  const [row] = await db
    .select({ id: apartments.id })
    .from(apartments)
    .where(eq(apartments.payerCode, payerCode));
  return row!.id;
}

/** One of the seed's generated apartments nobody has linked (the seed's i-th). */
async function generatedApartment(i: number) {
  const payerCode = `77${10 + (i % 90)}${String(100000 + i * 37).slice(-6)}`;
  const [row] = await db
    .select({ flat: apartments.flat })
    .from(apartments)
    .where(eq(apartments.payerCode, payerCode));
  return { payerCode, flat: row!.flat };
}

async function auditOf(subjectId: string) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId, type: auditLog.subjectType })
    .from(auditLog)
    .where(eq(auditLog.subjectId, subjectId))
    .orderBy(auditLog.id);
}

describe('linking an apartment', () => {
  it('with the right flat puts it in the cabinet with its meters', async () => {
    const me = await newResident();
    const input = linkApartmentSchema.parse({ payerCode: '7702 000 108', flat: '108' });
    const result = await linkRecord(me, apartmentLink, input);
    expect(result).toEqual({ ok: true, id: await idOfApartment(free108!.payerCode) });

    const cabinet = await getCabinet(me);
    expect(cabinet?.apartments).toHaveLength(1);
    expect(cabinet!.apartments[0]).toMatchObject({
      payerCode: '7702000108',
      flat: '108',
      building: free108!.building,
      district: free108!.district,
      areaM2: '62.50',
      registeredResidents: 2,
    });
    const meters = cabinet!.apartments[0]!.meters;
    expect(meters.coldWater).toBeGreaterThanOrEqual(1);
    expect(meters.hotWater).toBe(meters.coldWater);
    expect(meters.electricity).toBe(1);
  });

  it('with a wrong flat answers not found, exactly like an unknown payer code', async () => {
    const me = await newResident();
    const wrongFlat = await linkRecord(me, apartmentLink, {
      payerCode: free33!.payerCode,
      flat: '34',
    });
    const unknownCode = await linkRecord(me, apartmentLink, {
      payerCode: '7799999999',
      flat: '33',
    });
    expect(wrongFlat).toEqual({ ok: false, error: 'notFound' });
    expect(unknownCode).toEqual(wrongFlat);
    expect((await getCabinet(me))?.apartments).toEqual([]);
  });

  it('that the neighbour has linked answers "linked to another" and changes nothing', async () => {
    const me = await newResident();
    const result = await linkRecord(me, apartmentLink, { payerCode: '7701000042', flat: '42' });
    expect(result).toEqual({ ok: false, error: 'linkedToAnother' });
    const owner = await viewerOf('neighbour@moygorod.test');
    expect((await getCabinet(owner))?.apartments.map((a) => a.payerCode)).toEqual([
      neighbour.payerCode,
    ]);
  });

  it('twice answers "already yours" with the record to open', async () => {
    const me = await newResident();
    const input = { payerCode: free33!.payerCode, flat: '33' };
    const first = await linkRecord(me, apartmentLink, input);
    expect(first.ok).toBe(true);
    expect(await linkRecord(me, apartmentLink, input)).toEqual({
      ok: false,
      error: 'alreadyLinkedToYou',
      id: first.ok ? first.id : '',
    });
    await unlinkRecord(me, apartmentLink, first.ok ? first.id : '');
  });

  it('unlinked by its holder can then be linked by someone else', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const other = await newResident();
    const id = await idOfApartment('7701000027');
    expect(await linkRecord(other, apartmentLink, { payerCode: '7701000027', flat: '27' })).toEqual(
      {
        ok: false,
        error: 'linkedToAnother',
      },
    );

    expect(await unlinkRecord(resident, apartmentLink, id)).toEqual({ ok: true });
    expect(await getApartment(resident, id)).toBeNull();
    expect(await linkRecord(other, apartmentLink, { payerCode: '7701000027', flat: '27' })).toEqual(
      {
        ok: true,
        id,
      },
    );
    expect((await getApartment(other, id))?.payerCode).toBe('7701000027');
  });

  it('cannot be unlinked by someone who does not hold it', async () => {
    const stranger = await newResident();
    const id = await idOfApartment(neighbour.payerCode);
    expect(await unlinkRecord(stranger, apartmentLink, id)).toEqual({
      ok: false,
      error: 'notFound',
    });
    const owner = await viewerOf('neighbour@moygorod.test');
    expect((await getApartment(owner, id))?.payerCode).toBe(neighbour.payerCode);
  });

  it.runIf(onPostgres())('by two people at once: exactly one wins, the other is told', async () => {
    const [a, b] = await Promise.all([newResident(), newResident()]);
    const input = await generatedApartment(5);
    const results = await Promise.all([
      linkRecord(a, apartmentLink, input),
      linkRecord(b, apartmentLink, input),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'linkedToAnother' }]);
  });
});

describe('reading a record', () => {
  it('that belongs to someone else answers null, as does a malformed id', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const neighbourApartment = await idOfApartment(neighbour.payerCode);
    expect(await getApartment(resident, neighbourApartment)).toBeNull();
    for (const id of ['not-a-uuid', "1' or '1'='1", '', 'x'.repeat(5000)]) {
      expect(await getApartment(resident, id)).toBeNull();
      expect(await getVehicle(resident, id)).toBeNull();
      expect(await getChild(resident, id)).toBeNull();
      expect(await unlinkRecord(resident, vehicleLink, id)).toEqual({
        ok: false,
        error: 'notFound',
      });
    }
    expect(await getApartment(null, neighbourApartment)).toBeNull();
    expect(await getCabinet(null)).toBeNull();
  });

  it('shows the demo resident’s car and children with school and class', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const cabinet = await getCabinet(resident);
    expect(cabinet?.vehicles.map((v) => v.plate)).toEqual([demoRecords.residentVehicle.plate]);
    expect(cabinet?.children.map((c) => [c.fullName, c.schoolClass])).toEqual(
      demoRecords.residentChildren.map((c) => [c.fullName, c.schoolClass]),
    );
    expect(cabinet?.children.every((c) => c.schoolName?.startsWith('ГБОУ Школа'))).toBe(true);
  });

  it('flags a meter past its verification date as of the day asked about', async () => {
    const me = await newResident();
    const linked = await linkRecord(me, apartmentLink, await generatedApartment(7));
    const id = linked.ok ? linked.id : '';
    const in2027 = await getApartment(me, id, new Date('2027-01-01T00:00:00Z'));
    const in2011 = await getApartment(me, id, new Date('2011-01-01T00:00:00Z'));
    // Water meters were installed 2010–2014 with 4–6 year intervals; electricity is verified until 2028.
    const [water, electricity] = [
      in2027!.meterList.filter((m) => m.kind !== 'electricity'),
      in2027!.meterList.filter((m) => m.kind === 'electricity'),
    ];
    expect(water.every((m) => m.overdue)).toBe(true);
    expect(electricity.some((m) => m.overdue)).toBe(false);
    expect(in2027!.meters.overdue).toBe(water.length);
    expect(in2011!.meterList.some((m) => m.overdue)).toBe(false);
  });
});

describe('linking a vehicle and a child', () => {
  it('finds the car by any spelling of its СТС and shows it in the cabinet', async () => {
    const me = await newResident();
    const result = await linkRecord(
      me,
      vehicleLink,
      linkVehicleSchema.parse({ sts: '50 km 246810' }),
    );
    expect(result.ok).toBe(true);
    const vehicle = await getVehicle(me, result.ok ? result.id : '');
    expect(vehicle).toMatchObject({ sts: freeCar2!.sts, plate: freeCar2!.plate });
    expect((await getCabinet(me))?.vehicles.map((v) => v.plate)).toEqual([freeCar2!.plate]);
  });

  it('answers not found for an unknown СТС and "linked to another" for the resident’s car', async () => {
    const me = await newResident();
    expect(await linkRecord(me, vehicleLink, { sts: '7799000000' })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await linkRecord(me, vehicleLink, { sts: demoRecords.residentVehicle.sts })).toEqual({
      ok: false,
      error: 'linkedToAnother',
    });
  });

  it('links a child for a confirmed representative, and unlinks it again', async () => {
    const me = await newResident();
    const input = linkChildSchema.parse({
      birthCertificate: 'iii-мю 777001',
      confirmRepresentative: 'on',
    });
    const result = await linkRecord(me, childLink, input);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    expect((await getChild(me, id))?.birthCertificate).toBe(freeChild!.birthCertificate);
    expect(await unlinkRecord(me, childLink, id)).toEqual({ ok: true });
    expect(await getChild(me, id)).toBeNull();
    expect((await getCabinet(me))?.children).toEqual([]);
  });

  it('shows a child not at school without a school', async () => {
    const me = await newResident();
    const result = await linkRecord(me, childLink, {
      birthCertificate: freeChild2!.birthCertificate,
      confirmRepresentative: true,
    });
    const child = await getChild(me, result.ok ? result.id : '');
    expect(child).toMatchObject({ schoolId: null, schoolName: null, schoolClass: null });
  });
});

describe('what a link leaves behind', () => {
  it('an audit row for link and unlink, a notification each time and a counted use', async () => {
    const me = await newResident();
    const [car] = await db
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(eq(vehicles.sts, freeCar!.sts));
    const linked = await linkRecord(me, vehicleLink, { sts: freeCar!.sts });
    expect(linked).toEqual({ ok: true, id: car!.id });
    await unlinkRecord(me, vehicleLink, car!.id);

    expect(await auditOf(car!.id)).toEqual([
      { action: 'link', actorId: me.id, type: 'vehicle' },
      { action: 'unlink', actorId: me.id, type: 'vehicle' },
    ]);
    const inbox = await listNotifications(me);
    expect(inbox?.items.map((n) => n.kind)).toEqual(['vehicleUnlinked', 'vehicleLinked']);
    expect(inbox?.items[1]).toMatchObject({
      href: `/cabinet/vehicles/${car!.id}`,
      params: { plate: formatPlate(freeCar!.plate) },
    });
    const uses = await db
      .select({ service: usageEvents.service })
      .from(usageEvents)
      .where(eq(usageEvents.userId, me.id))
      .orderBy(usageEvents.id);
    expect(uses.map((u) => u.service)).toEqual(['link-vehicle', 'unlink-vehicle']);
  });

  it('nothing at all when the link is refused', async () => {
    const me = await newResident();
    await linkRecord(me, apartmentLink, { payerCode: neighbour.payerCode, flat: neighbour.flat });
    await linkRecord(me, childLink, {
      birthCertificate: 'X-МЮ 000000',
      confirmRepresentative: true,
    });
    expect(await db.select().from(auditLog).where(eq(auditLog.actorId, me.id))).toEqual([]);
    expect((await listNotifications(me))?.total).toBe(0);
  });
});

describe('guessing registry records', () => {
  it('stops a person after ten look-ups that match nothing, even for a real record', async () => {
    const viewer = await newResident();
    for (let i = 0; i < 10; i++) {
      const miss = await linkRecord(viewer, apartmentLink, {
        payerCode: `77990000${String(i).padStart(2, '0')}`,
        flat: '1',
      });
      expect(miss).toEqual({ ok: false, error: 'notFound' });
    }
    const real = await linkRecord(viewer, vehicleLink, { sts: '7740654321' });
    expect(real).toEqual({ ok: false, error: 'tooManyAttempts' });
  });
});
