import { describe, expect, it } from 'vitest';
import { dated, dueInOrder } from '@/lib/cabinet/due';
import {
  fineDueDeadline,
  finesDue as dueFines,
  type DueFine,
  type FineDueItem,
} from '@/lib/fines/due';
import { fineStatus, type FineStatus } from '@/lib/fines/status';
import {
  appointmentDueDeadline,
  appointmentsDue as dueAppointments,
  type AppointmentDueItem,
  type DueAppointment,
} from '@/lib/health/due';
import {
  housingDue,
  housingDueDeadline,
  type DueApartment,
  type HousingDueItem,
} from '@/lib/housing/due';

type DueItem = HousingDueItem | FineDueItem | AppointmentDueItem;

const at = (instant: string) => new Date(instant);

type MeterSpec = Partial<DueApartment['meters'][number]> &
  Pick<DueApartment['meters'][number], 'kind'>;

function apartment(meters: MeterSpec[], latestEpd: DueApartment['latestEpd'] = null): DueApartment {
  return {
    id: 'flat-15',
    building: 'ул. Льва Толстого, д. 18',
    flat: '15',
    meters: meters.map((m, i) => ({
      id: `meter-${i + 1}`,
      serialNumber: `M-${i + 1}`,
      verifiedUntil: '2020-01-01',
      lastReadingPeriod: null,
      ...m,
    })),
    latestEpd,
  };
}

const waterAndPower: MeterSpec[] = [
  { kind: 'cold_water' },
  { kind: 'hot_water' },
  { kind: 'electricity' },
];

function appointment(start: string, child: string | null = null): DueAppointment {
  return {
    id: `appointment-${start}`,
    start: at(start),
    minutes: 15,
    specialty: 'therapist',
    doctorName: 'Смирнова Анна Сергеевна',
    room: '112',
    clinicName: 'Городская поликлиника № 3',
    child: child ? { fullName: child } : null,
  };
}

function fine(status: FineStatus, id = 'fine-1'): DueFine {
  return {
    id,
    uin: '18810177141120000011',
    articleTitle: 'Проезд на запрещающий сигнал светофора',
    plate: 'А123ВЕ777',
    licenceNumber: null,
    status,
  };
}

const ofType = <T extends DueItem['type']>(items: DueItem[], type: T) =>
  items.filter((i): i is Extract<DueItem, { type: T }> => i.type === type);

const readingsDue = (instant: string, meters: MeterSpec[] = waterAndPower) =>
  ofType(housingDue([apartment(meters)], at(instant)), 'readings').map((i) => ({
    kind: i.readingKind,
    period: i.period,
    closesOn: i.closesOn,
    daysLeft: i.daysLeft,
    closingSoon: i.closingSoon,
  }));

describe('reading windows in «due this month»', () => {
  it.each([
    // [instant (Moscow), expected items]
    [
      '2014-11-20T12:00:00+03:00',
      [
        {
          kind: 'electricity',
          period: '2014-11-01',
          closesOn: '2014-11-26',
          daysLeft: 6,
          closingSoon: false,
        },
        {
          kind: 'water',
          period: '2014-11-01',
          closesOn: '2014-12-03',
          daysLeft: 13,
          closingSoon: false,
        },
      ],
    ],
    // Electricity closes tomorrow: flagged; water still has a week.
    [
      '2014-11-25T09:00:00+03:00',
      [
        {
          kind: 'electricity',
          period: '2014-11-01',
          closesOn: '2014-11-26',
          daysLeft: 1,
          closingSoon: true,
        },
        {
          kind: 'water',
          period: '2014-11-01',
          closesOn: '2014-12-03',
          daysLeft: 8,
          closingSoon: false,
        },
      ],
    ],
    // Electricity's window has closed; water closes tomorrow.
    [
      '2014-12-02T12:00:00+03:00',
      [
        {
          kind: 'water',
          period: '2014-11-01',
          closesOn: '2014-12-03',
          daysLeft: 1,
          closingSoon: true,
        },
      ],
    ],
    // The last minute of the water window, then the first of the closed days.
    [
      '2014-12-03T23:59:00+03:00',
      [
        {
          kind: 'water',
          period: '2014-11-01',
          closesOn: '2014-12-03',
          daysLeft: 0,
          closingSoon: true,
        },
      ],
    ],
    ['2014-12-04T00:00:00+03:00', []],
    ['2014-12-14T23:59:00+03:00', []],
    // December's water readings run to 3 January.
    [
      '2014-12-31T12:00:00+03:00',
      [
        {
          kind: 'water',
          period: '2014-12-01',
          closesOn: '2015-01-03',
          daysLeft: 3,
          closingSoon: false,
        },
      ],
    ],
  ])('at %s', (instant, expected) => {
    expect(readingsDue(instant)).toEqual(expected);
  });

  it('drops a window once every meter of its kind has a reading for the period', () => {
    const items = readingsDue('2014-11-20T12:00:00+03:00', [
      { kind: 'cold_water', lastReadingPeriod: '2014-11-01' },
      { kind: 'hot_water', lastReadingPeriod: '2014-11-01' },
      { kind: 'electricity', lastReadingPeriod: '2014-10-01' },
    ]);
    expect(items.map((i) => i.kind)).toEqual(['electricity']);
  });

  it('counts only the meters still waiting, leaving out one past its verification date', () => {
    const [water] = ofType(
      housingDue(
        [
          apartment([
            { kind: 'cold_water', lastReadingPeriod: '2014-10-01' },
            { kind: 'hot_water', lastReadingPeriod: '2014-11-01' },
            { kind: 'hot_water', verifiedUntil: '2014-10-31' },
          ]),
        ],
        at('2014-11-20T12:00:00+03:00'),
      ),
      'readings',
    );
    expect(water).toMatchObject({ readingKind: 'water', metersLeft: 1 });
  });

  it('asks nothing of an apartment without meters of a kind', () => {
    expect(readingsDue('2014-11-20T12:00:00+03:00', [{ kind: 'electricity' }])).toEqual([
      expect.objectContaining({ kind: 'electricity' }),
    ]);
  });

  it('follows a configured window (readings by the 25th)', () => {
    const items = ofType(
      housingDue([apartment(waterAndPower)], at('2014-11-24T12:00:00+03:00'), {
        water: { startDay: 15, endDay: 25 },
        electricity: { startDay: 15, endDay: 26 },
      }),
      'readings',
    );
    expect(items.find((i) => i.readingKind === 'water')).toMatchObject({
      closesOn: '2014-11-25',
      daysLeft: 1,
      closingSoon: true,
    });
  });
});

describe('the ЕПД in «due this month»', () => {
  const october = {
    id: 'epd-1',
    period: '2014-10-01',
    dueDate: '2014-11-10',
    totalKopecks: 512_340,
    paidKopecks: 0,
  };
  const epdAt = (instant: string, epd = october) =>
    ofType(housingDue([apartment([], epd)], at(instant)), 'epd').map((i) => ({
      daysLeft: i.daysLeft,
      overdue: i.overdue,
    }));

  it.each([
    ['2014-11-01T00:00:00+03:00', 9, false],
    ['2014-11-09T12:00:00+03:00', 1, false],
    // Due today: payable until midnight.
    ['2014-11-10T00:00:00+03:00', 0, false],
    ['2014-11-10T23:59:00+03:00', 0, false],
    // The due date was yesterday.
    ['2014-11-11T00:00:00+03:00', -1, true],
    // 21:00 UTC on the 10th is already the 11th in Moscow.
    ['2014-11-10T21:00:00Z', -1, true],
    ['2014-11-10T20:59:59Z', 0, false],
  ])('at %s: %s days left, overdue %s', (instant, daysLeft, overdue) => {
    expect(epdAt(instant)).toEqual([{ daysLeft, overdue }]);
  });

  it('names the document, its period and the sum', () => {
    const [item] = ofType(
      housingDue([apartment([], october)], at('2014-11-05T12:00:00+03:00')),
      'epd',
    );
    expect(item).toMatchObject({
      epdId: 'epd-1',
      period: '2014-10-01',
      dueDate: '2014-11-10',
      totalKopecks: 512_340,
      apartment: { id: 'flat-15', flat: '15' },
    });
  });

  it.each([0, -1500])('asks for nothing when the total is %s kopecks', (totalKopecks) => {
    expect(epdAt('2014-11-05T12:00:00+03:00', { ...october, totalKopecks })).toEqual([]);
  });

  it.each([512_340, 600_000])('asks for nothing once %s kopecks are paid', (paidKopecks) => {
    expect(epdAt('2014-11-12T12:00:00+03:00', { ...october, paidKopecks })).toEqual([]);
  });

  it('asks for what is left after a part payment, with the status the ЕПД pages show', () => {
    const due = (instant: string) =>
      ofType(
        housingDue([apartment([], { ...october, paidKopecks: 100_000 })], at(instant)),
        'epd',
      ).map((i) => ({ remaining: i.remainingKopecks, overdue: i.overdue, kind: i.status.kind }));
    expect(due('2014-11-05T12:00:00+03:00')).toEqual([
      { remaining: 412_340, overdue: false, kind: 'partlyPaid' },
    ]);
    expect(due('2014-11-11T00:00:00+03:00')).toEqual([
      { remaining: 412_340, overdue: true, kind: 'overdue' },
    ]);
  });

  it('shows nothing for an apartment without an ЕПД yet', () => {
    expect(ofType(housingDue([apartment([])], at('2014-11-05T12:00:00+03:00')), 'epd')).toEqual([]);
  });
});

describe('meter verification in «due this month»', () => {
  // 20 November 2014 (Moscow): 60 days on is 19 January 2015.
  const now = '2014-11-20T12:00:00+03:00';
  const verificationDue = (verifiedUntil: string, instant = now) =>
    ofType(
      housingDue(
        [apartment([{ kind: 'hot_water', verifiedUntil, lastReadingPeriod: '2014-11-01' }])],
        at(instant),
      ),
      'verification',
    ).map((i) => ({ daysLeft: i.daysLeft, expired: i.expired }));

  it.each([
    ['2015-01-20', []],
    ['2015-01-19', [{ daysLeft: 60, expired: false }]],
    ['2014-12-01', [{ daysLeft: 11, expired: false }]],
    ['2014-11-20', [{ daysLeft: 0, expired: false }]],
    ['2014-11-19', [{ daysLeft: -1, expired: true }]],
    ['2012-03-01', [{ daysLeft: -994, expired: true }]],
  ])('verified until %s', (verifiedUntil, expected) => {
    expect(verificationDue(verifiedUntil)).toEqual(expected);
  });

  it('counts days by the Moscow calendar: at 23:30 UTC it is already the next day', () => {
    expect(verificationDue('2015-01-20', '2014-11-20T23:30:00Z')).toEqual([
      { daysLeft: 60, expired: false },
    ]);
  });
});

describe('the order of «due this month»', () => {
  it('puts the earliest deadline first, so what is overdue leads, across apartments', () => {
    const home = apartment(
      [
        { kind: 'cold_water', serialNumber: 'ХВ-1', verifiedUntil: '2015-01-10' },
        { kind: 'electricity', lastReadingPeriod: '2014-11-01' },
      ],
      {
        id: 'epd-home',
        period: '2014-10-01',
        dueDate: '2014-11-10',
        totalKopecks: 100,
        paidKopecks: 0,
      },
    );
    const dacha = {
      ...apartment([{ kind: 'hot_water', serialNumber: 'ГВ-2', verifiedUntil: '2014-11-01' }]),
      id: 'flat-27',
      flat: '27',
    };
    const now = at('2014-11-20T12:00:00+03:00');
    const items = dueInOrder<DueItem>([
      dated(housingDue([home, dacha], now), housingDueDeadline),
      dated(
        dueFines([fine({ kind: 'discount', payKopecks: 50_000, until: '2014-11-25' })], now),
        fineDueDeadline,
      ),
      dated(
        dueAppointments(
          [appointment('2014-12-03T09:00:00+03:00'), appointment('2014-11-25T16:00:00+03:00')],
          now,
        ),
        appointmentDueDeadline,
      ),
    ]);
    expect(
      items.map(
        (i) =>
          `${i.type}:${i.type === 'appointment' ? i.day : i.type === 'fine' ? i.until : i.apartment.flat}`,
      ),
    ).toEqual([
      'verification:27',
      'epd:15',
      'fine:2014-11-25',
      'appointment:2014-11-25',
      'readings:15',
      'appointment:2014-12-03',
      'verification:15',
    ]);
  });
});

describe('doctor’s appointments in «due this month»', () => {
  const now = '2014-11-20T12:00:00+03:00';
  const appointmentsDue = (appointments: DueAppointment[]) =>
    ofType(dueAppointments(appointments, at(now)), 'appointment').map((i) => ({
      start: i.start.toISOString(),
      day: i.day,
      childName: i.childName,
    }));

  it('lists those of the next 30 days, soonest first, naming the child', () => {
    expect(
      appointmentsDue([
        appointment('2014-12-20T12:00:00+03:00'),
        appointment('2014-11-21T01:30:00+03:00', 'Иванова Полина Дмитриевна'),
      ]),
    ).toEqual([
      // 22:30 UTC on the 20th is the 21st in Moscow.
      {
        start: '2014-11-20T22:30:00.000Z',
        day: '2014-11-21',
        childName: 'Иванова Полина Дмитриевна',
      },
      { start: '2014-12-20T09:00:00.000Z', day: '2014-12-20', childName: null },
    ]);
  });

  it.each([
    ['one already begun', '2014-11-20T11:45:00+03:00'],
    ['one more than 30 days ahead', '2014-12-20T12:01:00+03:00'],
  ])('leaves out %s', (_, start) => {
    expect(appointmentsDue([appointment(start)])).toEqual([]);
  });

  it('carries what the card shows: the specialty, the doctor and their room, the clinic', () => {
    const [item] = dueAppointments([appointment('2014-11-24T10:15:00+03:00')], at(now));
    expect(item).toMatchObject({
      type: 'appointment',
      appointmentId: 'appointment-2014-11-24T10:15:00+03:00',
      specialty: 'therapist',
      doctorName: 'Смирнова Анна Сергеевна',
      room: '112',
      clinicName: 'Городская поликлиника № 3',
      childName: null,
    });
  });
});

describe('fines in «due this month»', () => {
  const now = '2014-11-20T12:00:00+03:00';
  const finesDue = (status: FineStatus, instant = now) =>
    ofType(dueFines([fine(status)], at(instant)), 'fine').map((i) => ({
      reason: i.reason,
      until: i.until,
      payKopecks: i.payKopecks,
      daysLeft: i.daysLeft,
      urgent: i.urgent,
    }));

  it.each<[string, FineStatus, string, ReturnType<typeof finesDue>]>([
    [
      'the discount ending in 7 days',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-27' },
      now,
      [{ reason: 'discount', until: '2014-11-27', payKopecks: 50_000, daysLeft: 7, urgent: false }],
    ],
    [
      'the discount ending in 8 days: not yet',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-28' },
      now,
      [],
    ],
    [
      'the discount ending in 3 days, not yet urgent',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-23' },
      now,
      [{ reason: 'discount', until: '2014-11-23', payKopecks: 50_000, daysLeft: 3, urgent: false }],
    ],
    [
      'the discount ending in 2 days, urgent',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-22' },
      now,
      [{ reason: 'discount', until: '2014-11-22', payKopecks: 50_000, daysLeft: 2, urgent: true }],
    ],
    [
      'the discount’s last day',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-20' },
      '2014-11-20T23:59:00+03:00',
      [{ reason: 'discount', until: '2014-11-20', payKopecks: 50_000, daysLeft: 0, urgent: true }],
    ],
    // 00:30 in Moscow is still the 20th in UTC: the city's day counts.
    [
      'the discount, counted from the Moscow day',
      { kind: 'discount', payKopecks: 50_000, until: '2014-11-28' },
      '2014-11-21T00:30:00+03:00',
      [{ reason: 'discount', until: '2014-11-28', payKopecks: 50_000, daysLeft: 7, urgent: false }],
    ],
    [
      'the term to pay in full ending in 7 days',
      { kind: 'due', payKopecks: 100_000, until: '2014-11-27' },
      now,
      [{ reason: 'due', until: '2014-11-27', payKopecks: 100_000, daysLeft: 7, urgent: false }],
    ],
    [
      'the term to pay in full ending in 8 days: not yet',
      { kind: 'due', payKopecks: 100_000, until: '2014-11-28' },
      now,
      [],
    ],
    ['an overdue fine: nothing left to warn of', { kind: 'overdue', payKopecks: 100_000 }, now, []],
    ['a paid fine', { kind: 'paid' }, now, []],
  ])('%s', (_, status, instant, expected) => {
    expect(finesDue(status, instant)).toEqual(expected);
  });

  it('follows one fine through its deadlines as the rules compute them', () => {
    // Decided on Friday 7 November 2014: the discount holds until the 27th; the decision takes effect
    // on the 18th, and its 60 days end on Saturday 17 January, which gives way to Monday the 19th.
    const terms = { decisionDate: '2014-11-07', article: '12.12 ч.1', amountKopecks: 100_000 };
    const on = (instant: string, paidAt: Date | null = null) =>
      finesDue(fineStatus({ ...terms, paidAt }, at(instant)), instant).map(
        (i) => `${i.reason}:${i.daysLeft}`,
      );

    expect(on('2014-11-19T23:59:00+03:00')).toEqual([]);
    expect(on('2014-11-20T00:00:00+03:00')).toEqual(['discount:7']);
    expect(on('2014-11-27T23:59:00+03:00')).toEqual(['discount:0']);
    expect(on('2014-11-28T00:00:00+03:00')).toEqual([]);
    expect(on('2015-01-11T12:00:00+03:00')).toEqual([]);
    expect(on('2015-01-12T12:00:00+03:00')).toEqual(['due:7']);
    expect(on('2015-01-19T23:59:00+03:00')).toEqual(['due:0']);
    expect(on('2015-01-20T00:00:00+03:00')).toEqual([]);
    expect(on('2014-11-25T12:00:00+03:00', at('2014-11-24T10:00:00+03:00'))).toEqual([]);
  });

  it('names the fine, its car and what it costs today, soonest first among several', () => {
    const items = dueFines(
      [
        fine({ kind: 'due', payKopecks: 150_000, until: '2014-11-26' }, 'later'),
        fine({ kind: 'discount', payKopecks: 25_000, until: '2014-11-21' }, 'sooner'),
      ],
      at(now),
    );
    expect(items).toEqual([
      {
        type: 'fine',
        fineId: 'sooner',
        uin: '18810177141120000011',
        reason: 'discount',
        articleTitle: 'Проезд на запрещающий сигнал светофора',
        plate: 'А123ВЕ777',
        licenceNumber: null,
        until: '2014-11-21',
        payKopecks: 25_000,
        daysLeft: 1,
        urgent: true,
      },
      expect.objectContaining({ fineId: 'later', reason: 'due', daysLeft: 6 }),
    ]);
  });
});
