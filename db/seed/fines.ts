import 'server-only';
import { eq } from 'drizzle-orm';
import { addDays, dayParts, moscowDate, moscowTime } from '@/lib/city';
import { fineDeadlines, makeUin } from '@/lib/fines';
import type { Db } from '../client';
import { drivingLicences, fines, licenceLinks, users, vehicles } from '../schema';
import { demoAccounts, demoRecords } from './index';
import { personName } from './names';
import { createRandom, type Random } from './random';

// The traffic police's registry of the demo city: driving licences and fines. The demo resident's
// car has a fine in every state (with the discount, its discount ending, due, overdue, paid, and an
// article without a discount), her licence one more; one free car and one free licence from the
// README have fines for an anonymous check; about a third of the other cars have some.
//
// Idempotent like the rest of the seed: a fine's natural key is its УИН, drawn from a fixed random
// sequence that does not depend on `now`, so a second run conflicts on every row and adds nothing.
// The dates are relative to `now` of the first run only, and then age as real fines do.

type Article = {
  article: string;
  title: string;
  rubles: number;
  by: 'camera' | 'officer';
  /** Where it happens: a through road (speed cameras), a city street, or outside Moscow. */
  where: 'road' | 'street' | 'oblast';
  /** Parking is watched by cameras of its own rather than by the street's. */
  parking?: true;
};

/** Articles with the fine a camera (the article's minimum) or an officer (usually the minimum) imposes. */
const ARTICLES = {
  speeding20: {
    article: '12.9 ч.2',
    title: 'Превышение скорости на 20–40 км/ч',
    rubles: 500,
    by: 'camera',
    where: 'road',
  },
  speeding40: {
    article: '12.9 ч.3',
    title: 'Превышение скорости на 40–60 км/ч',
    rubles: 1000,
    by: 'camera',
    where: 'road',
  },
  speedingAgain: {
    article: '12.9 ч.6',
    title: 'Повторное превышение скорости на 40–60 км/ч',
    rubles: 2000,
    by: 'camera',
    where: 'road',
  },
  redLight: {
    article: '12.12 ч.1',
    title: 'Проезд на запрещающий сигнал светофора',
    rubles: 1000,
    by: 'camera',
    where: 'street',
  },
  oncoming: {
    article: '12.15 ч.4',
    title: 'Выезд на полосу встречного движения',
    rubles: 5000,
    by: 'camera',
    where: 'road',
  },
  parkingMoscow: {
    article: '12.16 ч.5',
    title: 'Остановка или стоянка в нарушение запрещающего знака (Москва)',
    rubles: 3000,
    by: 'camera',
    where: 'street',
    parking: true,
  },
  parkingOblast: {
    article: '12.16 ч.4',
    title: 'Остановка или стоянка в нарушение запрещающего знака',
    rubles: 1500,
    by: 'camera',
    where: 'oblast',
    parking: true,
  },
  busLane: {
    article: '12.17 ч.1.2',
    title: 'Движение по полосе для маршрутных транспортных средств (Москва)',
    rubles: 3000,
    by: 'camera',
    where: 'street',
  },
  plates: {
    article: '12.2 ч.1',
    title: 'Управление транспортным средством с нечитаемыми номерными знаками',
    rubles: 500,
    by: 'officer',
    where: 'street',
  },
  seatBelt: {
    article: '12.6',
    title: 'Управление транспортным средством без ремня безопасности',
    rubles: 1000,
    by: 'officer',
    where: 'street',
  },
  pedestrians: {
    article: '12.18',
    title: 'Непредоставление преимущества в движении пешеходам',
    rubles: 1500,
    by: 'officer',
    where: 'street',
  },
  noInsurance: {
    article: '12.37 ч.2',
    title: 'Управление транспортным средством без полиса ОСАГО',
    rubles: 800,
    by: 'officer',
    where: 'street',
  },
  drunk: {
    article: '12.8 ч.1',
    title: 'Управление транспортным средством в состоянии опьянения',
    rubles: 30000,
    by: 'officer',
    where: 'street',
  },
} as const satisfies Record<string, Article>;

type ArticleKey = keyof typeof ARTICLES;

/** How often each article comes up among the other cars' fines: mostly speed and parking cameras. */
const FREQUENCY: [ArticleKey, number][] = [
  ['speeding20', 30],
  ['speeding40', 6],
  ['speedingAgain', 2],
  ['redLight', 8],
  ['oncoming', 3],
  ['parkingMoscow', 14],
  ['parkingOblast', 3],
  ['busLane', 8],
  ['plates', 2],
  ['seatBelt', 4],
  ['pedestrians', 3],
  ['noInsurance', 2],
  ['drunk', 1],
];

const PLACES = {
  road: [
    'МКАД, 41-й км, внешняя сторона',
    'МКАД, 78-й км, внутренняя сторона',
    'г. Москва, Ленинградский пр-т, д. 37',
    'г. Москва, Кутузовский пр-т, д. 24',
    'г. Москва, Варшавское ш., д. 118',
    'г. Москва, Волгоградский пр-т, д. 42',
    'г. Москва, пр-т Мира, д. 119',
    'г. Москва, Ленинский пр-т, д. 95',
    'г. Москва, Каширское ш., д. 61',
    'г. Москва, Щёлковское ш., д. 75',
    'г. Москва, Дмитровское ш., д. 89',
    'ТТК, Беговая ул., в сторону Хорошёвского ш.',
  ],
  street: [
    'г. Москва, ул. Покровка, д. 17',
    'г. Москва, ул. Мясницкая, д. 24',
    'г. Москва, ул. Тверская, д. 12',
    'г. Москва, ул. Большая Дмитровка, д. 7',
    'г. Москва, ул. Новый Арбат, д. 21',
    'г. Москва, Садовая-Кудринская ул., д. 2',
    'г. Москва, ул. Профсоюзная, д. 104',
    'г. Москва, ул. Братиславская, д. 14',
    'г. Москва, ул. Льва Толстого, д. 16',
    'г. Москва, пересечение ул. Земляной Вал и ул. Покровка',
  ],
  oblast: [
    'Московская обл., г. Химки, Ленинградское ш., д. 16',
    'Московская обл., г. Красногорск, ул. Ленина, д. 4',
    'Московская обл., г. Мытищи, Новомытищинский пр-т, д. 30',
  ],
} as const;

/** Speed cameras on the roads; crossroads and lanes in the streets; parking by cars and patrols. */
const CAMERAS = {
  road: ['Стрелка-СТ', 'Кордон', 'Арена', 'Крис-П'],
  street: ['Кордон', 'Стрелка-СТ', 'Автоураган'],
  oblast: ['Автоураган', 'Кордон'],
  parking: ['Паркон', 'Паркрайт', 'Автоураган'],
} as const;

/** The administrator's unit codes that follow 188 in a УИН: Moscow's cameras, its officers, the oblast's. */
const UNIT = { road: '10177', street: '10177', oblast: '10150', officer: '10077' } as const;

/** A licence is valid for ten years from its issue. */
const LICENCE_YEARS = 10;

function validUntil(issuedOn: string): string {
  return `${Number(issuedOn.slice(0, 4)) + LICENCE_YEARS}${issuedOn.slice(4)}`;
}

/** `Сидоров Андрей Викторович` → `Сидоров А. В.`, as a decision names its officer. */
function initials(fullName: string): string {
  const [surname, first, father] = fullName.split(' ');
  return `${surname} ${first![0]}. ${father![0]}.`;
}

function at(day: string, hour: number, minute: number): Date {
  const { year, month, day: d } = dayParts(day);
  return moscowTime(year, month, d, hour, minute);
}

/** One fine as the seed plans it, before ids: `back` is how many days before today it was decided. */
type Planned = {
  key: ArticleKey;
  back: number;
  /** Paid this many days after the decision; null: unpaid. */
  paidAfter: number | null;
  vehicleId: string | null;
  licenceId: string | null;
};

/**
 * A registry row for a planned fine. Draws the УИН, place, camera or officer and times from `random`
 * in a fixed order, so the same plan gives the same УИН whatever `today` is.
 */
function fineRow(
  random: Random,
  serial: number,
  plan: Planned,
  today: string,
): typeof fines.$inferInsert {
  const a: Article = ARTICLES[plan.key];
  const unit = a.by === 'officer' ? UNIT.officer : UNIT[a.where];
  const uin = makeUin(`188${unit}${random.digits(4)}${String(serial).padStart(7, '0')}`);
  const place = random.pick(PLACES[a.where]);
  const camera =
    a.by === 'camera'
      ? `${random.pick(CAMERAS[a.parking ? 'parking' : a.where])} № ${random.pick(['MD', 'КВ', 'АС'])}${random.digits(4)}`
      : null;
  const officer =
    a.by === 'officer'
      ? `инспектор ДПС ГИБДД, ${random.pick(['лейтенант', 'ст. лейтенант', 'капитан'])} полиции ${initials(personName(random).fullName)}`
      : null;
  const hour = random.int(7, 21);
  const minute = random.int(0, 59);
  const cameraLag = random.int(1, 3);
  const registeredHour = random.int(9, 17);
  const paidHour = random.int(8, 22);

  const decisionDate = addDays(today, -plan.back);
  // A camera's recording is decided by ЦАФАП a day or three later; an officer decides on the spot.
  const offenceAt =
    camera !== null
      ? at(addDays(decisionDate, -cameraLag), hour, minute)
      : at(decisionDate, hour, minute);
  const createdAt =
    camera !== null
      ? at(decisionDate, registeredHour, minute)
      : new Date(offenceAt.getTime() + 40 * 60_000);
  return {
    uin,
    vehicleId: plan.vehicleId,
    licenceId: plan.licenceId,
    article: a.article,
    articleTitle: a.title,
    place,
    offenceAt,
    decisionDate,
    // Decisions are numbered by their УИН (see the column's comment in db/schema/fines.ts).
    decisionNumber: uin,
    amountKopecks: a.rubles * 100,
    camera,
    officer,
    paidAt: plan.paidAfter === null ? null : at(addDays(decisionDate, plan.paidAfter), paidHour, 0),
    createdAt,
  };
}

/**
 * How many days ago a fine was decided whose discount ends today, tomorrow or the day after: "day 20"
 * moves off weekends (decision 016), so the plain 19 days may leave more than two.
 */
function discountEndingBack(today: string, article: string): number {
  for (const back of [19, 18, 20]) {
    const until = fineDeadlines(addDays(today, -back), article).discountUntil!;
    if (until >= today && until <= addDays(today, 2)) return back;
  }
  return 19;
}

export async function seedFines(db: Db, now: Date): Promise<void> {
  const random = createRandom(20141203);
  const today = moscowDate(now);

  // Every car's owner holds a licence; the demo resident and the README's free ones are named.
  const cars = (
    await db
      .select({ id: vehicles.id, sts: vehicles.sts, ownerName: vehicles.ownerName })
      .from(vehicles)
  ).sort((x, y) => (x.sts < y.sts ? -1 : x.sts > y.sts ? 1 : 0));
  const named = new Set<string>([
    demoRecords.residentVehicle.sts,
    ...demoRecords.freeVehicles.map((v) => v.sts),
  ]);
  const others = cars.filter((c) => !named.has(c.sts));

  const licenceRows: (typeof drivingLicences.$inferInsert)[] = [
    {
      number: demoRecords.residentLicence.number,
      issuedOn: demoRecords.residentLicence.issuedOn,
      holderName: demoAccounts[0].fullName,
      validUntil: validUntil(demoRecords.residentLicence.issuedOn),
    },
    ...demoRecords.freeLicences.map((l) => ({
      number: l.number,
      issuedOn: l.issuedOn,
      holderName: l.holderName,
      validUntil: validUntil(l.issuedOn),
    })),
  ];
  const ownerLicence = new Map<string, string>();
  others.forEach((car, i) => {
    const year = random.int(2003, 2024);
    const issuedOn = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    // Plastic licences since 2011 have a series of digits; the older ones, of letters.
    const series =
      year >= 2011
        ? String(year % 100).padStart(2, '0')
        : random.pick([...'АВЕКМНОРСТУХ']) + random.pick([...'АВЕКМНОРСТУХ']);
    const number = `${car.sts.slice(0, 2)}${series}${String(400000 + i * 487).slice(-6)}`;
    ownerLicence.set(car.id, number);
    licenceRows.push({
      number,
      issuedOn,
      holderName: car.ownerName,
      validUntil: validUntil(issuedOn),
    });
  });
  await db.insert(drivingLicences).values(licenceRows).onConflictDoNothing();
  const licenceIds = new Map(
    (
      await db
        .select({ id: drivingLicences.id, number: drivingLicences.number })
        .from(drivingLicences)
    ).map((r) => [r.number, r.id]),
  );

  const [resident] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoAccounts[0].email));
  const residentLicenceId = licenceIds.get(demoRecords.residentLicence.number)!;
  await db
    .insert(licenceLinks)
    .values({ licenceId: residentLicenceId, userId: resident!.id })
    .onConflictDoNothing();

  const carId = new Map(cars.map((c) => [c.sts, c.id]));
  const residentCar = carId.get(demoRecords.residentVehicle.sts)!;
  const freeCar = carId.get(demoRecords.freeVehicles[0].sts)!;
  const freeLicence = licenceIds.get(demoRecords.freeLicences[0].number)!;
  const onCar = (vehicleId: string) => ({ vehicleId, licenceId: null });
  const plans: Planned[] = [
    // The demo resident's car: one fine in each state at `now`.
    { key: 'speeding20', back: 5, paidAfter: null, ...onCar(residentCar) },
    {
      key: 'redLight',
      back: discountEndingBack(today, ARTICLES.redLight.article),
      paidAfter: null,
      ...onCar(residentCar),
    },
    { key: 'parkingMoscow', back: 40, paidAfter: null, ...onCar(residentCar) },
    { key: 'busLane', back: 100, paidAfter: null, ...onCar(residentCar) },
    { key: 'speeding40', back: 30, paidAfter: 6, ...onCar(residentCar) },
    { key: 'speedingAgain', back: 8, paidAfter: null, ...onCar(residentCar) },
    // Her licence, stopped driving a car that is not hers (a car-sharing one): the licence only.
    { key: 'seatBelt', back: 12, paidAfter: null, vehicleId: null, licenceId: residentLicenceId },
    // For an anonymous check: the README's free car, and its free licence.
    { key: 'speeding20', back: 3, paidAfter: null, ...onCar(freeCar) },
    { key: 'redLight', back: 50, paidAfter: null, ...onCar(freeCar) },
    { key: 'pedestrians', back: 9, paidAfter: null, vehicleId: null, licenceId: freeLicence },
  ];

  const weights = FREQUENCY.reduce((sum, [, w]) => sum + w, 0);
  const drawArticle = (): ArticleKey => {
    let n = random.int(1, weights);
    for (const [key, w] of FREQUENCY) {
      n -= w;
      if (n <= 0) return key;
    }
    return FREQUENCY[0]![0];
  };
  for (const car of others) {
    if (random.next() >= 0.3) continue;
    const count = random.int(1, 3);
    for (let k = 0; k < count; k++) {
      const key = drawArticle();
      const back = random.int(2, 400);
      // Older fines are mostly paid by now, as the registry shows them.
      const paidShare = back > 100 ? 0.85 : back > 30 ? 0.6 : 0.3;
      const paid = random.next() < paidShare;
      const paidAfter = random.int(1, Math.min(back - 1, 25));
      const byOfficer = ARTICLES[key].by === 'officer';
      plans.push({
        key,
        back,
        paidAfter: paid ? paidAfter : null,
        vehicleId: car.id,
        licenceId: byOfficer ? licenceIds.get(ownerLicence.get(car.id)!)! : null,
      });
    }
  }

  const rows = plans.map((plan, i) => fineRow(random, i + 1, plan, today));
  await db.insert(fines).values(rows).onConflictDoNothing({ target: fines.uin });
}
