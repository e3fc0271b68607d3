import { describe, expect, it } from 'vitest';
import {
  amountSchema,
  checkEpdPayment,
  epdBalance,
  formatRubles,
  maxEpdPayment,
  parseRubles,
  typedRubles,
  PAYMENT_LIMIT_KOPECKS,
  paymentFingerprint,
  type PaymentItemInput,
} from '@/lib/payments';

describe('an amount as typed by the payer, in roubles', () => {
  it.each([
    ['1234', 123_400],
    ['1234,5', 123_450],
    ['1234.56', 123_456],
    ['1 234.56', 123_456],
    ['1 234,56', 123_456],
    ['1\u00a0234,56', 123_456],
    ['1\u202f234,56', 123_456],
    ['1 234,56 ₽', 123_456],
    ['1 234,56₽', 123_456],
    ['100 руб.', 10_000],
    ['100 руб', 10_000],
    ['  42,00  ', 4_200],
    ['0,01', 1],
    ['007', 700],
    ['500 000,00', PAYMENT_LIMIT_KOPECKS],
    ['500000', PAYMENT_LIMIT_KOPECKS],
    ['500 000,00 руб.', PAYMENT_LIMIT_KOPECKS],
  ])('accepts %j as %i kopecks', (text, kopecks) => {
    expect(parseRubles(text)).toEqual({ ok: true, kopecks });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['abc', 'amountNotNumber'],
    ['12a', 'amountNotNumber'],
    ['1e5', 'amountNotNumber'],
    ['+5', 'amountNotNumber'],
    [',5', 'amountNotNumber'],
    ['5,', 'amountNotNumber'],
    ['₽', 'amountNotNumber'],
    ['12 34', 'amountNotNumber'],
    ['1 2345', 'amountNotNumber'],
    ['1,234.56', 'amountNotNumber'],
    ['1 234 ,56', 'amountNotNumber'],
    ['$100', 'amountNotNumber'],
    ['٣', 'amountNotNumber'],
    ['-5', 'amountNotPositive'],
    ['−5', 'amountNotPositive'],
    ['-0,01 ₽', 'amountNotPositive'],
    ['0', 'amountNotPositive'],
    ['0,00', 'amountNotPositive'],
    ['000 000', 'amountNotPositive'],
    ['12,345', 'amountTooManyDecimals'],
    ['0,001', 'amountTooManyDecimals'],
    ['500 000,01', 'amountTooLarge'],
    ['1 000 000', 'amountTooLarge'],
    ['99999999999999999999', 'amountTooLarge'],
    // Longer than any real amount: refused before parsing, whatever it holds.
    ['1'.repeat(33), 'amountTooLarge'],
    ['a'.repeat(1000), 'amountTooLarge'],
  ])('refuses %j with %s', (text, error) => {
    expect(parseRubles(text)).toEqual({ ok: false, error });
  });

  it('gives forms the same rule as a schema whose message is the error key', () => {
    expect(amountSchema.parse('1 234,56 ₽')).toBe(123_456);
    expect(amountSchema.safeParse('0,00').error?.issues[0]?.message).toBe('amountNotPositive');
    expect(amountSchema.safeParse(undefined).error?.issues[0]?.message).toBe('required');
  });
});

describe('the amount a form suggests', () => {
  it.each([
    [1, 'ru', '0,01'],
    [234_567, 'ru', '2 345,67'],
    [45_000_000, 'ru', '450 000,00'],
    [234_567, 'en', '2345.67'],
  ] as const)('%i kopecks in %s: %j, read back unchanged', (kopecks, locale, text) => {
    expect(typedRubles(kopecks, locale)).toBe(text);
    expect(parseRubles(typedRubles(kopecks, locale))).toEqual({ ok: true, kopecks });
  });
});

describe('an amount on a receipt', () => {
  it.each([
    [123_456, 'ru', '1\u00a0234,56\u00a0₽'],
    [123_456, 'en', 'RUB\u00a01,234.56'],
    [1, 'ru', '0,01\u00a0₽'],
    [PAYMENT_LIMIT_KOPECKS, 'ru', '500\u00a0000,00\u00a0₽'],
    [-5, 'ru', '-0,05\u00a0₽'],
    // Past where floats drop kopecks: 90 071 992 547 409,91 ₽.
    [Number.MAX_SAFE_INTEGER, 'en', 'RUB\u00a090,071,992,547,409.91'],
  ] as const)('shows %i kopecks in %s as %j', (kopecks, locale, text) => {
    expect(formatRubles(kopecks, locale)).toBe(text);
  });

  it('refuses a fractional number of kopecks rather than round it', () => {
    expect(() => formatRubles(1.5, 'ru')).toThrow(RangeError);
  });
});

describe('what a payment is for, under one idempotency key', () => {
  const epd: PaymentItemInput = { kind: 'epd', refId: 'epd-1', amountKopecks: 123_456 };
  const fine: PaymentItemInput = {
    kind: 'fine',
    refId: '18810177140101234567',
    amountKopecks: 50_000,
  };

  it('is the same whatever order the items come in', () => {
    expect(paymentFingerprint([epd, fine])).toBe(paymentFingerprint([fine, epd]));
    expect(paymentFingerprint([epd])).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['another amount', [{ ...epd, amountKopecks: 123_457 }]],
    ['another ЕПД', [{ ...epd, refId: 'epd-2' }]],
    ['another kind of item', [{ ...epd, kind: 'fine' }]],
    ['one more item', [epd, fine]],
    ['the same item twice', [epd, epd]],
    ['no items', []],
  ] as [string, PaymentItemInput[]][])('differs for %s', (_case, items) => {
    expect(paymentFingerprint(items)).not.toBe(paymentFingerprint([epd]));
  });

  it('cannot be forged by a refId that looks like two items', () => {
    const a: PaymentItemInput = { kind: 'epd', refId: 'x', amountKopecks: 1 };
    const b: PaymentItemInput = { kind: 'epd', refId: 'y', amountKopecks: 1 };
    const forged: PaymentItemInput = { ...a, refId: 'x",1]\n["epd","y' };
    expect(paymentFingerprint([forged])).not.toBe(paymentFingerprint([a, b]));
  });
});

describe('how much of an ЕПД is left', () => {
  it.each([
    [500_000, 0, 500_000],
    [500_000, 200_000, 300_000],
    [500_000, 500_000, 0],
    // Paid ahead: nothing left, never a negative remainder.
    [500_000, 600_000, 0],
    // Prepaid last month: the total is negative.
    [-10_000, 0, 0],
  ])('total %i, paid %i: %i left', (totalKopecks, paidKopecks, remainingKopecks) => {
    expect(epdBalance({ totalKopecks, paidKopecks })).toEqual({ remainingKopecks });
  });
});

describe('how much of an ЕПД may be paid at once', () => {
  const epd = { remainingKopecks: 300_000, chargesKopecks: 450_000 };

  it.each([
    ['in part', 1, epd],
    ['in full', 300_000, epd],
    ['a month ahead', 750_000, epd],
    [
      'up to the cap when the ЕПД is larger',
      PAYMENT_LIMIT_KOPECKS,
      { remainingKopecks: PAYMENT_LIMIT_KOPECKS, chargesKopecks: 100 },
    ],
  ])('accepts paying %s', (_case, amount, limits) => {
    expect(checkEpdPayment(amount, limits)).toEqual({ ok: true });
  });

  it.each([
    ['a paid ЕПД', 100, { remainingKopecks: 0, chargesKopecks: 450_000 }, 'epdAlreadyPaid'],
    [
      'a paid ЕПД, even with nothing typed',
      0,
      { remainingKopecks: 0, chargesKopecks: 1 },
      'epdAlreadyPaid',
    ],
    ['zero', 0, epd, 'amountNotPositive'],
    ['a negative amount', -100, epd, 'amountNotPositive'],
    ['a fraction of a kopeck', 0.5, epd, 'amountNotPositive'],
    ['one kopeck over a month ahead', 750_001, epd, 'amountAboveEpdLimit'],
    ['far over the ЕПД and the cap', PAYMENT_LIMIT_KOPECKS + 1, epd, 'amountAboveEpdLimit'],
    [
      'one kopeck over the cap',
      PAYMENT_LIMIT_KOPECKS + 1,
      { remainingKopecks: PAYMENT_LIMIT_KOPECKS, chargesKopecks: 100 },
      'amountTooLarge',
    ],
  ])('refuses %s', (_case, amount, limits, error) => {
    expect(checkEpdPayment(amount, limits)).toEqual({ ok: false, error });
  });

  it.each([
    [epd, 750_000],
    [{ remainingKopecks: 0, chargesKopecks: 450_000 }, 0],
    // A recalculated month with negative charges does not lower what may be paid.
    [{ remainingKopecks: 300_000, chargesKopecks: -50_000 }, 300_000],
    [{ remainingKopecks: PAYMENT_LIMIT_KOPECKS - 1, chargesKopecks: 100 }, PAYMENT_LIMIT_KOPECKS],
  ])('shows the form %j as at most %i kopecks', (limits, max) => {
    expect(maxEpdPayment(limits)).toBe(max);
  });
});
