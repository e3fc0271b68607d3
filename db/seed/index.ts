import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '@/server/auth/password';
import type { Db } from '../client';
import {
  apartmentLinks,
  apartments,
  childLinks,
  children,
  clinics,
  doctors,
  drivingLicences,
  fines,
  meters,
  schools,
  users,
  vehicleLinks,
  vehicles,
} from '../schema';
import { seedFines } from './fines';
import { seedHealth } from './health';
import { seedHousing } from './housing';
import { address, districtNames, personName } from './names';
import { createRandom } from './random';

// The demo city. Deterministic (fixed seed) and idempotent (natural keys + ON CONFLICT DO NOTHING):
// running it twice adds nothing. The README lists the accounts and the free records to try.

export const DEMO_PASSWORD = 'MoyGorod-2014';

export const demoAccounts = [
  {
    email: 'resident@moygorod.test',
    phone: '+79160000001',
    fullName: 'Иванова Анна Сергеевна',
    role: 'resident',
  },
  {
    email: 'neighbour@moygorod.test',
    phone: '+79160000002',
    fullName: 'Петров Олег Николаевич',
    role: 'resident',
  },
  {
    email: 'marketing@moygorod.test',
    phone: '+79160000003',
    fullName: 'Соколова Дарья Игоревна',
    role: 'marketing',
  },
  {
    email: 'admin@moygorod.test',
    phone: '+79160000004',
    fullName: 'Кузнецов Михаил Андреевич',
    role: 'admin',
  },
] as const;

/** Records the README names: linked to the demo resident, or left free for a new account to link. */
export const demoRecords = {
  residentApartments: [
    {
      payerCode: '7701000015',
      flat: '15',
      district: 'Хамовники',
      building: 'г. Москва, ул. Льва Толстого, д. 18',
      area: '54.30',
      residents: 3,
    },
    {
      payerCode: '7701000027',
      flat: '27',
      district: 'Строгино',
      building: 'г. Москва, ул. Исаковского, д. 6, корп. 2',
      area: '38.10',
      residents: 1,
    },
  ],
  neighbourApartment: {
    payerCode: '7701000042',
    flat: '42',
    district: 'Тверской',
    building: 'г. Москва, ул. Тверская, д. 9',
    area: '71.00',
    residents: 4,
  },
  freeApartments: [
    {
      payerCode: '7702000108',
      flat: '108',
      district: 'Марьино',
      building: 'г. Москва, ул. Братиславская, д. 14',
      area: '62.50',
      residents: 2,
    },
    {
      payerCode: '7702000033',
      flat: '33',
      district: 'Басманный',
      building: 'г. Москва, ул. Покровка, д. 31',
      area: '45.80',
      residents: 2,
    },
  ],
  residentVehicle: { sts: '77УХ123456', plate: 'А123ВЕ777', model: 'Skoda Octavia', year: 2012 },
  freeVehicles: [
    { sts: '7740654321', plate: 'М456ОР199', model: 'Hyundai Solaris', year: 2013 },
    { sts: '50КМ246810', plate: 'Т789СХ750', model: 'Lada Granta', year: 2014 },
  ],
  /** Issued in 2019, so a plastic licence with a series of digits, valid until 2029. */
  residentLicence: { number: '7719123456', issuedOn: '2019-06-15' },
  /** The first has a fine for an anonymous check; the second, an older one with a series of letters, none. */
  freeLicences: [
    { number: '5023246810', issuedOn: '2023-02-10', holderName: 'Смирнов Павел Игоревич' },
    { number: '77ВК654321', issuedOn: '2010-03-27', holderName: 'Орлова Наталья Викторовна' },
  ],
  residentChildren: [
    {
      birthCertificate: 'IV-МЮ 123456',
      fullName: 'Иванов Артём Дмитриевич',
      // Born so that both are still children today: the parent books and signs for them.
      birthDate: '2011-03-14',
      schoolClass: '9А',
    },
    {
      birthCertificate: 'II-МЮ 654321',
      fullName: 'Иванова Полина Дмитриевна',
      birthDate: '2019-09-02',
      schoolClass: '1В',
    },
  ],
  freeChildren: [
    {
      birthCertificate: 'III-МЮ 777001',
      fullName: 'Смирнов Кирилл Павлович',
      birthDate: '2007-05-21',
      schoolClass: '7Б',
    },
    {
      birthCertificate: 'V-МЮ 246802',
      fullName: 'Орлова Софья Алексеевна',
      birthDate: '2011-12-30',
      schoolClass: null,
    },
  ],
} as const;

const romanSeries = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;
const stsLetters = 'АВЕКМНОРСТУХ';
const cars = [
  'Ford Focus',
  'Kia Rio',
  'Toyota Camry',
  'Lada Vesta',
  'Volkswagen Polo',
  'Renault Logan',
  'Mazda 6',
  'Nissan Qashqai',
  'Mitsubishi Lancer',
  'Chevrolet Aveo',
] as const;

export type SeedSummary = {
  users: number;
  apartments: number;
  meters: number;
  vehicles: number;
  children: number;
  schools: number;
  clinics: number;
  doctors: number;
  licences: number;
  fines: number;
};

/**
 * `now` places the readings history (the year before the period a resident can submit for today)
 * and the fines' dates (relative to the first run's day).
 */
export async function seed(db: Db, now: Date = new Date()): Promise<SeedSummary> {
  const random = createRandom(20141201);

  // Accounts: hash only for the ones not yet there, so a second run is cheap and changes nothing.
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoAccounts.map((a) => a.email),
      ),
    );
  const have = new Set(existing.map((r) => r.email));
  for (const account of demoAccounts) {
    if (have.has(account.email)) continue;
    await db
      .insert(users)
      .values({ ...account, passwordHash: await hashPassword(DEMO_PASSWORD) })
      .onConflictDoNothing();
  }
  const accountIds = new Map(
    (
      await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          inArray(
            users.email,
            demoAccounts.map((a) => a.email),
          ),
        )
    ).map((r) => [r.email, r.id]),
  );
  const residentId = accountIds.get('resident@moygorod.test')!;
  const neighbourId = accountIds.get('neighbour@moygorod.test')!;

  // Schools and clinics, one or two per district.
  const schoolRows = districtNames.flatMap((district, i) => [
    { name: `ГБОУ Школа № ${1201 + i * 7}`, district, address: address(random, district).building },
    {
      name: `ГБОУ Школа № ${1502 + i * 11}`,
      district,
      address: address(random, district).building,
    },
  ]);
  await db.insert(schools).values(schoolRows).onConflictDoNothing();
  const clinicRows = districtNames.map((district, i) => ({
    name: `ГБУЗ «Городская поликлиника № ${2 + i * 9}»`,
    district,
    address: address(random, district).building,
    phone: `+7 495 ${random.int(200, 999)}-${random.digits(2)}-${random.digits(2)}`,
  }));
  await db.insert(clinics).values(clinicRows).onConflictDoNothing();
  const schoolIds = (await db.select({ id: schools.id, name: schools.name }).from(schools))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => s.id);

  // Apartments: the named ones, then a generated city.
  const apartmentRows: (typeof apartments.$inferInsert)[] = [
    ...demoRecords.residentApartments,
    demoRecords.neighbourApartment,
    ...demoRecords.freeApartments,
  ].map((a, i) => ({
    payerCode: a.payerCode,
    district: a.district,
    building: a.building,
    flat: a.flat,
    areaM2: a.area,
    registeredResidents: a.residents,
    ownerName:
      i < 2
        ? demoAccounts[0].fullName
        : i === 2
          ? demoAccounts[1].fullName
          : personName(random).fullName,
  }));
  for (let i = 0; i < 300; i++) {
    const { district, building } = address(random);
    apartmentRows.push({
      payerCode: `77${String(10 + (i % 90)).padStart(2, '0')}${String(100000 + i * 37).slice(-6)}`,
      district,
      building,
      flat: String(random.int(1, 320)),
      areaM2: (random.int(3000, 11000) / 100).toFixed(2),
      registeredResidents: random.int(1, 5),
      ownerName: personName(random).fullName,
    });
  }
  await db.insert(apartments).values(apartmentRows).onConflictDoNothing();
  const apartmentIds = new Map(
    (await db.select({ id: apartments.id, payerCode: apartments.payerCode }).from(apartments)).map(
      (r) => [r.payerCode, r.id],
    ),
  );

  // Meters: cold and hot water (one or two risers each) and one electricity meter per apartment.
  const meterRows: (typeof meters.$inferInsert)[] = [];
  apartmentRows.forEach((a, i) => {
    const apartmentId = apartmentIds.get(a.payerCode)!;
    const risers = i < 5 ? 1 + (i % 2) : random.int(1, 2);
    for (let r = 0; r < risers; r++) {
      const installedYear = 2010 + random.int(0, 4);
      for (const kind of ['cold_water', 'hot_water'] as const) {
        const years = kind === 'hot_water' ? 4 : 6;
        const installedOn = `${installedYear}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
        meterRows.push({
          apartmentId,
          kind,
          serialNumber: `${kind === 'hot_water' ? 'ГВ' : 'ХВ'}-${a.payerCode}-${r + 1}`,
          zones: 1,
          installedOn,
          verifiedUntil: `${installedYear + years}${installedOn.slice(4)}`,
          initialReading: (random.int(0, 30000) / 1000).toFixed(3),
        });
      }
    }
    meterRows.push({
      apartmentId,
      kind: 'electricity',
      serialNumber: `ЭЛ-${a.payerCode}`,
      zones: i < 5 ? (i % 3) + 1 : random.pick([1, 2, 2, 3]),
      installedOn: '2012-06-01',
      verifiedUntil: '2028-06-01',
      initialReading: String(random.int(1000, 20000)),
    });
  });
  await db.insert(meters).values(meterRows).onConflictDoNothing();

  // Vehicles.
  const vehicleRows: (typeof vehicles.$inferInsert)[] = [
    demoRecords.residentVehicle,
    ...demoRecords.freeVehicles,
  ].map((v, i) => ({
    ...v,
    ownerName: i === 0 ? demoAccounts[0].fullName : personName(random).fullName,
  }));
  for (let i = 0; i < 150; i++) {
    const region = random.pick(['77', '97', '99', '177', '197', '199', '777', '50']);
    const series =
      random.next() < 0.5
        ? random.digits(2)
        : random.pick([...stsLetters]) + random.pick([...stsLetters]);
    vehicleRows.push({
      sts: `${region.slice(0, 2)}${series}${String(300000 + i * 613).slice(-6)}`,
      plate: `${random.pick([...stsLetters])}${String(100 + i).slice(-3)}${random.pick([...stsLetters])}${random.pick([...stsLetters])}${region}`,
      model: random.pick(cars),
      year: random.int(2000, 2014),
      ownerName: personName(random).fullName,
    });
  }
  await db.insert(vehicles).values(vehicleRows).onConflictDoNothing();

  // Children, with their schools.
  const childRows: (typeof children.$inferInsert)[] = [
    ...demoRecords.residentChildren,
    ...demoRecords.freeChildren,
  ].map((c, i) => ({
    birthCertificate: c.birthCertificate,
    fullName: c.fullName,
    birthDate: c.birthDate,
    schoolId: 'schoolClass' in c && c.schoolClass ? schoolIds[i % schoolIds.length]! : null,
    schoolClass: 'schoolClass' in c ? c.schoolClass : null,
  }));
  for (let i = 0; i < 200; i++) {
    const year = random.int(2004, 2013);
    const grade = 2014 - year - 6;
    childRows.push({
      birthCertificate: `${random.pick(romanSeries)}-МЮ ${String(500000 + i * 1237).slice(-6)}`,
      fullName: personName(random).fullName,
      birthDate: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      schoolId: grade >= 1 ? random.pick(schoolIds) : null,
      schoolClass: grade >= 1 ? `${grade}${random.pick(['А', 'Б', 'В'])}` : null,
    });
  }
  await db.insert(children).values(childRows).onConflictDoNothing();

  // Links: the demo resident has apartments, a car and two children; the neighbour one apartment.
  const link = async () => {
    for (const a of demoRecords.residentApartments) {
      await db
        .insert(apartmentLinks)
        .values({ apartmentId: apartmentIds.get(a.payerCode)!, userId: residentId })
        .onConflictDoNothing();
    }
    await db
      .insert(apartmentLinks)
      .values({
        apartmentId: apartmentIds.get(demoRecords.neighbourApartment.payerCode)!,
        userId: neighbourId,
      })
      .onConflictDoNothing();
    const [car] = await db
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(eq(vehicles.sts, demoRecords.residentVehicle.sts));
    await db
      .insert(vehicleLinks)
      .values({ vehicleId: car!.id, userId: residentId })
      .onConflictDoNothing();
    for (const c of demoRecords.residentChildren) {
      const [child] = await db
        .select({ id: children.id })
        .from(children)
        .where(eq(children.birthCertificate, c.birthCertificate));
      await db
        .insert(childLinks)
        .values({ childId: child!.id, userId: residentId })
        .onConflictDoNothing();
    }
  };
  await link();
  await seedHousing(db, now);
  await seedHealth(db, now);
  await seedFines(db, now);

  const count = async (table: Parameters<typeof db.$count>[0]) => db.$count(table);
  return {
    users: await count(users),
    apartments: await count(apartments),
    meters: await count(meters),
    vehicles: await count(vehicles),
    children: await count(children),
    schools: await count(schools),
    clinics: await count(clinics),
    doctors: await count(doctors),
    licences: await count(drivingLicences),
    fines: await count(fines),
  };
}
