import { describe, expect, it } from 'vitest';
import {
  amountDueOn,
  discountCountdown,
  discountedKopecks,
  fineDeadlines,
  fineStatus,
  hasDiscount,
  normaliseArticle,
  type FineTerms,
} from '@/lib/fines';

const moscow = (wallClock: string) => new Date(`${wallClock}+03:00`);

// Decided on Tuesday 3 March 2015: day 10 (13th) and day 20 (23rd) are working days.
const speeding: FineTerms = {
  decisionDate: '2015-03-03',
  article: '12.9 ч.2',
  amountKopecks: 50_000,
};
const redLight: FineTerms = { ...speeding, article: '12.12 ч.3', amountKopecks: 500_000 };

describe('the deadlines (КоАП 4.8: a term starts the day after; a non-working last day moves on)', () => {
  it.each([
    // decision,   effective on,  discount until, due by
    ['2015-03-03', '2015-03-14', '2015-03-23', '2015-05-13'], // all on working days
    ['2015-03-04', '2015-03-17', '2015-03-24', '2015-05-18'], // day 10 a Saturday; day 60 a Saturday
    ['2015-03-08', '2015-03-19', '2015-03-30', '2015-05-18'], // day 20 a Saturday → Monday
    ['2015-02-27', '2015-03-11', '2015-03-19', '2015-05-12'], // 9 March and 11 May: holidays moved from weekends
  ])(
    'decided %s: in force %s, discount to %s, due by %s',
    (decided, effectiveOn, discountUntil, dueBy) => {
      expect(fineDeadlines(decided, '12.9 ч.2')).toEqual({ effectiveOn, discountUntil, dueBy });
    },
  );

  it('keeps the decision out of force through day 10 of the appeal term', () => {
    const { effectiveOn } = fineDeadlines('2015-03-03', '12.9 ч.2');
    expect(effectiveOn > '2015-03-13').toBe(true);
    expect(effectiveOn).toBe('2015-03-14');
  });

  it('gives no discount deadline for an article without a discount', () => {
    expect(fineDeadlines('2015-03-03', '12.8 ч.1')).toEqual({
      effectiveOn: '2015-03-14',
      discountUntil: null,
      dueBy: '2015-05-13',
    });
  });

  it('refuses a decision date that is not a calendar day', () => {
    expect(() => fineDeadlines('2015-02-29', '12.9 ч.2')).toThrow(RangeError);
  });
});

describe('the status and the amount due, day by day', () => {
  it.each([
    [
      'the decision day',
      '2015-03-03T12:00',
      { kind: 'discount', payKopecks: 25_000, until: '2015-03-23' },
    ],
    [
      'day 20, 23:59 Moscow',
      '2015-03-23T23:59:59',
      { kind: 'discount', payKopecks: 25_000, until: '2015-03-23' },
    ],
    [
      'day 21, 00:00 Moscow',
      '2015-03-24T00:00:00',
      { kind: 'due', payKopecks: 50_000, until: '2015-05-13' },
    ],
    [
      'the last day to pay, 23:59',
      '2015-05-13T23:59:59',
      { kind: 'due', payKopecks: 50_000, until: '2015-05-13' },
    ],
    ['the day after, 00:00', '2015-05-14T00:00:00', { kind: 'overdue', payKopecks: 50_000 }],
  ])('%s: %s', (_when, wallClock, status) => {
    expect(fineStatus(speeding, moscow(wallClock))).toEqual(status);
    expect(amountDueOn(speeding, moscow(wallClock))).toBe(status.payKopecks);
  });

  it('counts the day in Moscow, not in UTC: 21:00 UTC on day 20 is already day 21', () => {
    expect(fineStatus(speeding, new Date('2015-03-23T20:59:59Z')).kind).toBe('discount');
    expect(fineStatus(speeding, new Date('2015-03-23T21:00:00Z')).kind).toBe('due');
  });

  it('holds the discount over a weekend that ends the 20 days', () => {
    const sundayDecision = { ...speeding, decisionDate: '2015-03-08' };
    expect(fineStatus(sundayDecision, moscow('2015-03-30T23:59')).kind).toBe('discount');
    expect(fineStatus(sundayDecision, moscow('2015-03-31T00:00')).kind).toBe('due');
  });

  it.each([
    [
      'the decision day',
      '2015-03-03T12:00',
      { kind: 'due', payKopecks: 500_000, until: '2015-05-13' },
    ],
    ['day 20', '2015-03-23T12:00', { kind: 'due', payKopecks: 500_000, until: '2015-05-13' }],
    ['after day 60 in force', '2015-05-14T00:00', { kind: 'overdue', payKopecks: 500_000 }],
  ])('an article without a discount asks the full amount on %s', (_when, wallClock, status) => {
    expect(fineStatus(redLight, moscow(wallClock))).toEqual(status);
  });

  it('is paid once paid, whatever the day', () => {
    const paid = { ...speeding, paidAt: moscow('2015-03-05T10:00') };
    expect(fineStatus(paid, moscow('2015-03-06T10:00'))).toEqual({ kind: 'paid' });
    expect(fineStatus(paid, moscow('2016-01-01T10:00'))).toEqual({ kind: 'paid' });
    expect(fineStatus({ ...speeding, paidAt: null }, moscow('2015-03-06T10:00')).kind).toBe(
      'discount',
    );
  });

  it.each([
    [50_000, 25_000],
    [50_001, 25_001], // an odd kopeck rounds up: half is never underpaid
    [1, 1],
    [3_000_000, 1_500_000],
  ])('halves %i kopecks to %i', (full, half) => {
    expect(discountedKopecks(full)).toBe(half);
    expect(amountDueOn({ ...speeding, amountKopecks: full }, moscow('2015-03-10T10:00'))).toBe(
      half,
    );
  });

  it.each([0, -50_000, 500.5, Number.NaN])('refuses an amount of %d kopecks', (amountKopecks) => {
    expect(() => fineStatus({ ...speeding, amountKopecks }, moscow('2015-03-10T10:00'))).toThrow(
      RangeError,
    );
  });
});

describe('the articles without a discount', () => {
  it.each([
    ['12.1 ч.1.1', false],
    ['12.1 ч.1', true],
    ['12.8 ч.1', false],
    ['12.8 ч.3', false],
    ['12.8', false],
    ['12.9 ч.6', false],
    ['12.9 ч.7', false],
    ['12.9 ч.2', true],
    ['12.9 ч.3', true],
    ['12.12 ч.3', false],
    ['12.12 ч.1', true],
    ['12.15 ч.5', false],
    ['12.15 ч.4', true],
    ['12.16 ч.3.1', false],
    ['12.16 ч.3', true],
    ['12.24 ч.2', false],
    ['12.26 ч.1', false],
    ['12.27 ч.3', false],
    ['12.27 ч.2', true],
    ['12.2 ч.1', true],
    ['12.21.1 ч.1', true],
  ])('%s has a discount: %s', (article, discount) => {
    expect(hasDiscount(article)).toBe(discount);
  });

  it.each(['ст. 12.9 ч. 6', '12,9 ч.6', '12.9 p.6', ''])(
    'refuses %j, which is not the stored spelling',
    (article) => {
      expect(() => hasDiscount(article)).toThrow(RangeError);
    },
  );

  it.each([
    ['ст. 12.9 ч. 6', '12.9 ч.6'],
    ['12.9ч6', '12.9 ч.6'],
    [' 12.1 ч.1.1 ', '12.1 ч.1.1'],
    ['ст.12.24', '12.24'],
    ['12.9, ч. 2', '12.9 ч.2'],
    ['Ст. 12.16 Ч. 3.1', '12.16 ч.3.1'],
  ])('writes %j as %s', (text, article) => {
    expect(normaliseArticle(text)).toBe(article);
  });

  it.each(['', 'ч.6 ст.12.9', '12', 'twelve'])('cannot read %j', (text) => {
    expect(normaliseArticle(text)).toBeNull();
  });
});

describe('the countdown to the end of the discount', () => {
  const until = '2015-03-23'; // ends at 00:00 Moscow on the 24th
  it.each([
    ['2015-03-04T00:00', { kind: 'days', days: 20 }],
    ['2015-03-22T00:00', { kind: 'days', days: 2 }],
    ['2015-03-22T10:00', { kind: 'days', days: 1 }],
    ['2015-03-23T00:00', { kind: 'days', days: 1 }],
    ['2015-03-23T00:00:01', { kind: 'hours', hours: 23 }],
    ['2015-03-23T22:30', { kind: 'hours', hours: 1 }],
    ['2015-03-23T23:59:59', { kind: 'hours', hours: 0 }],
    ['2015-03-24T00:00', { kind: 'ended' }],
    ['2015-04-01T12:00', { kind: 'ended' }],
  ])('at %s Moscow: %j', (wallClock, countdown) => {
    expect(discountCountdown(moscow(wallClock), until)).toEqual(countdown);
  });
});
