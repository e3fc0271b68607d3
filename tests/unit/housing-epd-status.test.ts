import { describe, expect, it } from 'vitest';
import { epdPayLimit } from '@/lib/housing/epd-pay-limit';
import { epdStatus, epdToPay, isEpdPayable, type EpdStatusFacts } from '@/lib/housing/epd-status';
import { epdStatusText } from '@/lib/housing/epd-status-text';
import { PAYMENT_LIMIT_KOPECKS } from '@/lib/payments/amount';

// The October 2014 ЕПД of 5 123,40 ₽, due by 10 November (Moscow).
const october: EpdStatusFacts = {
  totalKopecks: 512_340,
  paidKopecks: 0,
  dueDate: '2014-11-10',
  later: null,
};
const november = { id: 'epd-november', period: '2014-11-01' };

const before = '2014-11-05T12:00:00+03:00';
const after = '2014-11-12T12:00:00+03:00';

describe('the status of an ЕПД', () => {
  it.each<[string, string, Partial<EpdStatusFacts>, ReturnType<typeof epdStatus>]>([
    // The due date, in Moscow time.
    [
      'nothing paid, from the first of November in Moscow (still 31 October in UTC)',
      '2014-10-31T21:00:00Z',
      {},
      { kind: 'toPay', remainingKopecks: 512_340, dueDate: '2014-11-10', daysLeft: 9 },
    ],
    [
      'nothing paid, the due day’s last second (23:59:59 in Moscow)',
      '2014-11-10T20:59:59Z',
      {},
      { kind: 'toPay', remainingKopecks: 512_340, dueDate: '2014-11-10', daysLeft: 0 },
    ],
    [
      'nothing paid, midnight after the due day in Moscow (still the 10th in UTC)',
      '2014-11-10T21:00:00Z',
      {},
      { kind: 'overdue', paidKopecks: 0, remainingKopecks: 512_340, dueDate: '2014-11-10' },
    ],
    // Part payments.
    [
      'paid in part before the due date',
      before,
      { paidKopecks: 100_000 },
      {
        kind: 'partlyPaid',
        paidKopecks: 100_000,
        remainingKopecks: 412_340,
        dueDate: '2014-11-10',
        daysLeft: 5,
      },
    ],
    [
      'paid in part, the due date passed',
      after,
      { paidKopecks: 100_000 },
      { kind: 'overdue', paidKopecks: 100_000, remainingKopecks: 412_340, dueDate: '2014-11-10' },
    ],
    [
      'short of the total by a kopeck',
      before,
      { paidKopecks: 512_339 },
      {
        kind: 'partlyPaid',
        paidKopecks: 512_339,
        remainingKopecks: 1,
        dueDate: '2014-11-10',
        daysLeft: 5,
      },
    ],
    ['paid exactly', before, { paidKopecks: 512_340 }, { kind: 'paid', creditKopecks: 0 }],
    ['paid late, in full', after, { paidKopecks: 512_340 }, { kind: 'paid', creditKopecks: 0 }],
    // Overpayment: the surplus is the next ЕПД's credit.
    ['overpaid', before, { paidKopecks: 600_000 }, { kind: 'paid', creditKopecks: 87_660 }],
    // A zero ЕПД, and one the earlier overpayment more than covered.
    ['a zero total', after, { totalKopecks: 0 }, { kind: 'nothingToPay', creditKopecks: 0 }],
    [
      'a negative total (prepaid)',
      after,
      { totalKopecks: -1_500 },
      { kind: 'nothingToPay', creditKopecks: 1_500 },
    ],
    [
      'a zero total, paid ahead',
      before,
      { totalKopecks: 0, paidKopecks: 10_000 },
      { kind: 'nothingToPay', creditKopecks: 10_000 },
    ],
    // A later ЕПД exists: what was not paid is in its total, and it is the one to pay.
    [
      'a later ЕПД, nothing paid',
      after,
      { later: november },
      { kind: 'carried', remainingKopecks: 512_340, into: november },
    ],
    [
      'a later ЕПД, paid in part',
      after,
      { later: november, paidKopecks: 12_340 },
      { kind: 'carried', remainingKopecks: 500_000, into: november },
    ],
    [
      'a later ЕПД, its payments since then covering this one (the oldest debt first)',
      after,
      { later: november, paidKopecks: 900_000 },
      { kind: 'paid', creditKopecks: 0 },
    ],
    [
      'a later ЕПД, a zero total',
      after,
      { later: november, totalKopecks: 0 },
      { kind: 'nothingToPay', creditKopecks: 0 },
    ],
  ])('%s', (_case, instant, facts, expected) => {
    expect(epdStatus({ ...october, ...facts }, new Date(instant))).toEqual(expected);
  });

  it.each([
    ['toPay', {}, before, true],
    ['partlyPaid', { paidKopecks: 1 }, before, true],
    ['overdue', {}, after, true],
    ['paid', { paidKopecks: 512_340 }, before, false],
    ['nothingToPay', { totalKopecks: 0 }, before, false],
    ['carried', { later: november }, after, false],
  ] as const)('%s asks for a payment of this ЕПД: %s', (kind, facts, instant, payable) => {
    const status = epdStatus({ ...october, ...facts }, new Date(instant));
    expect(status.kind).toBe(kind);
    expect(isEpdPayable(status)).toBe(payable);
  });

  it('is paid through itself, through the later ЕПД it was carried into, or not at all', () => {
    const pays = (facts: Partial<EpdStatusFacts>) =>
      epdToPay('epd-october', epdStatus({ ...october, ...facts }, new Date(after)));
    expect(pays({})).toBe('epd-october');
    expect(pays({ later: november })).toBe('epd-november');
    expect(pays({ paidKopecks: 512_340 })).toBeNull();
    expect(pays({ later: november, paidKopecks: 512_340 })).toBeNull();
  });
});

describe('the status in words', () => {
  it.each([
    [{}, before, 'К оплате до 10 ноября', 'Оплатить 5 123,40 ₽ до 10 ноября 2014 г. включительно.'],
    [
      { paidKopecks: 100_000 },
      before,
      'Оплачен частично',
      'Оплачено 1 000,00 ₽, осталось 4 123,40 ₽ — до 10 ноября 2014 г. включительно.',
    ],
    [
      {},
      after,
      'Просрочен',
      'Не оплачено 5 123,40 ₽, а срок оплаты был до 10 ноября 2014 г. включительно.',
    ],
    [
      { paidKopecks: 100_000 },
      after,
      'Просрочен',
      'Оплачено 1 000,00 ₽, не оплачено 4 123,40 ₽, а срок оплаты был до 10 ноября 2014 г. включительно.',
    ],
    [
      { paidKopecks: 600_000 },
      before,
      'Оплачен',
      'Оплачен полностью; переплата 876,60 ₽ уменьшит следующий ЕПД.',
    ],
    [{ totalKopecks: 0 }, before, 'Нечего оплачивать', 'По этому ЕПД платить не нужно.'],
    [
      { later: november },
      after,
      'Долг перенесён',
      'Не оплачено 5 123,40 ₽: долг перенесён в ЕПД за ноябрь 2014 г., оплачивайте его.',
    ],
  ] as const)('%o at %s: «%s»', async (facts, instant, badge, summary) => {
    const text = await epdStatusText('ru');
    const status = epdStatus({ ...october, ...facts }, new Date(instant));
    // Intl puts no-break spaces in sums and dates; a reader sees ordinary ones.
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(text.badge(status))).toBe(badge);
    expect(plain(text.summary(status))).toBe(summary);
  });
});

describe('the largest amount of one payment, explained', () => {
  it.each([
    [
      'what remains plus a month ahead',
      { remainingKopecks: 412_340, maxKopecks: 924_680 },
      {
        reason: 'advance',
        maxKopecks: 924_680,
        remainingKopecks: 412_340,
        advanceKopecks: 512_340,
      },
    ],
    [
      'what remains, no charges to pay ahead',
      { remainingKopecks: 412_340, maxKopecks: 412_340 },
      { reason: 'remaining', maxKopecks: 412_340 },
    ],
    [
      'the per-payment cap',
      { remainingKopecks: 60_000_000, maxKopecks: PAYMENT_LIMIT_KOPECKS },
      { reason: 'cap', maxKopecks: PAYMENT_LIMIT_KOPECKS },
    ],
    ['nothing to pay', { remainingKopecks: 0, maxKopecks: 0 }, null],
  ] as const)('%s', (_case, limits, expected) => {
    expect(epdPayLimit(limits)).toEqual(expected);
  });

  it('says why next to the amount', async () => {
    const text = await epdStatusText('ru');
    const hint = text.limitHint(epdPayLimit({ remainingKopecks: 412_340, maxKopecks: 924_680 })!);
    expect(hint.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Например, 2 345,67. Не больше 9 246,80 ₽: это остаток по ЕПД (4 123,40 ₽) и аванс до суммы начислений за месяц (5 123,40 ₽), который уменьшит следующий ЕПД.',
    );
    const cap = text.limitHint({ reason: 'cap', maxKopecks: PAYMENT_LIMIT_KOPECKS });
    expect(cap.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /^Например, 2 345,67\. Не больше 500 000,00 ₽: это предел одного платежа картой/,
    );
  });
});
