import { moscowTime } from '@/lib/city';
import { describe, expect, it } from 'vitest';
import {
  cardOutcome,
  challengeCodeAccepted,
  luhnValid,
  parseCard,
  SANDBOX_TEST_CARDS,
  type CardInput,
} from '@/lib/payments';

const now = moscowTime(2015, 3, 15, 12);
const card: CardInput = {
  number: '4111 1111 1111 1111',
  expiry: '12/17',
  cvc: '123',
  holder: 'IVAN PETROV',
};

describe('the Luhn check', () => {
  it.each([
    ['4111111111111111', true],
    ['4000000000000002', true],
    ['4000000000003220', true],
    ['4000000000000119', true],
    ['79927398713', true],
    ['0', true],
    ['4111111111111112', false],
    ['4111111111111121', false],
    ['79927398710', false],
    ['', false],
    ['4111 1111 1111 1111', false],
    ['abcd', false],
  ])('%j is %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});

describe('what the sandbox does with a card', () => {
  it.each([
    ['4111 1111 1111 1111', 'success'],
    ['4111111111111111', 'success'],
    ['4000 0000 0000 0002', 'decline'],
    ['4000 0000 0000 3220', 'challenge'],
    ['4000 0000 0000 0119', 'timeout'],
    // An unknown card that passes Luhn is declined, as a real acquirer would.
    ['5555 5555 5555 4444', 'decline'],
  ])('%s → %s', (number, outcome) => {
    expect(cardOutcome(number)).toBe(outcome);
  });

  it('lists every test card as a number the card form accepts', () => {
    for (const test of SANDBOX_TEST_CARDS) {
      const parsed = parseCard({ ...card, number: test.number }, now);
      expect(parsed).toEqual({
        ok: true,
        card: { last4: test.number.slice(-4), outcome: test.outcome },
      });
    }
  });

  it.each([
    ['12345', true],
    [' 12345 ', true],
    ['12346', false],
    ['', false],
  ])('takes %j at the extra confirmation step: %s', (code, accepted) => {
    expect(challengeCodeAccepted(code)).toBe(accepted);
  });
});

describe('the sandbox card form', () => {
  it('keeps only the last four digits of a good card', () => {
    expect(parseCard(card, now)).toEqual({ ok: true, card: { last4: '1111', outcome: 'success' } });
  });

  it.each([
    ['number', '4111 1111 1111 1112', 'cardNumberInvalid'],
    ['number', '4111 1111 1111 111', 'cardNumberInvalid'],
    ['number', '4111 1111 1111 11110', 'cardNumberInvalid'],
    ['number', '4111-1111-1111-1111', 'cardNumberInvalid'],
    ['number', '', 'cardNumberInvalid'],
    ['number', ' '.repeat(10_000) + '4111111111111111', 'cardNumberInvalid'],
    ['expiry', '1217', 'cardExpiryInvalid'],
    ['expiry', '13/17', 'cardExpiryInvalid'],
    ['expiry', '00/17', 'cardExpiryInvalid'],
    ['expiry', '12/2017', 'cardExpiryInvalid'],
    ['expiry', '', 'cardExpiryInvalid'],
    ['expiry', '02/15', 'cardExpired'],
    ['expiry', '12/14', 'cardExpired'],
    ['cvc', '12', 'cardCvcInvalid'],
    ['cvc', '1234', 'cardCvcInvalid'],
    ['cvc', '12a', 'cardCvcInvalid'],
    ['holder', '', 'cardHolderInvalid'],
    ['holder', '   ', 'cardHolderInvalid'],
    ['holder', 'ИВАН ПЕТРОВ', 'cardHolderInvalid'],
    ['holder', 'IVAN PETROV 2', 'cardHolderInvalid'],
    ['holder', '-', 'cardHolderInvalid'],
    ['holder', 'A'.repeat(65), 'cardHolderInvalid'],
  ] as const)('refuses %s %j with %s', (field, value, error) => {
    expect(parseCard({ ...card, [field]: value }, now)).toEqual({
      ok: false,
      fieldErrors: { [field]: error },
    });
  });

  it.each([
    ['expiry', '03/15'],
    ['expiry', ' 03 / 15 '],
    ['holder', 'john smith-jones'],
    ['holder', 'J. R. R. TOLKIEN'],
    ['holder', '  IVAN PETROV  '],
    ['holder', 'A'.repeat(64)],
    ['cvc', '000'],
  ] as const)('accepts %s %j', (field, value) => {
    expect(parseCard({ ...card, [field]: value }, now).ok).toBe(true);
  });

  it('reports every bad field at once', () => {
    expect(parseCard({ number: '1', expiry: 'x', cvc: '', holder: '' }, now)).toEqual({
      ok: false,
      fieldErrors: {
        number: 'cardNumberInvalid',
        expiry: 'cardExpiryInvalid',
        cvc: 'cardCvcInvalid',
        holder: 'cardHolderInvalid',
      },
    });
  });
});

describe('a card expiring this month, at the turn of the month in Moscow', () => {
  it.each([
    // A card valid through February 2015.
    ['02/15', '2015-02-28T23:59:00+03:00', true],
    ['02/15', '2015-02-28T23:59:59.999+03:00', true],
    ['02/15', '2015-03-01T00:00:00+03:00', false],
    // Already March in Moscow, still February in UTC.
    ['02/15', '2015-02-28T21:00:00Z', false],
    ['02/15', '2015-02-28T20:59:59Z', true],
    // On the 1st the card of this month is still good, that of last month is not.
    ['03/15', '2015-03-01T00:00:00+03:00', true],
    ['03/15', '2015-03-31T23:59:00+03:00', true],
    ['03/15', '2015-04-01T00:00:00+03:00', false],
    // Across the year: December's card on 1 January.
    ['12/14', '2014-12-31T23:59:00+03:00', true],
    ['12/14', '2015-01-01T00:00:00+03:00', false],
    // Summer 2014, UTC+4: 00:30 on 1 July in Moscow is 20:30 UTC on 30 June.
    ['06/14', '2014-06-30T20:30:00Z', false],
    ['06/14', '2014-06-30T19:59:59Z', true],
  ])('%s at %s is accepted: %s', (expiry, instant, accepted) => {
    const parsed = parseCard({ ...card, expiry }, new Date(instant));
    expect(parsed).toEqual(
      accepted
        ? { ok: true, card: { last4: '1111', outcome: 'success' } }
        : { ok: false, fieldErrors: { expiry: 'cardExpired' } },
    );
  });
});
