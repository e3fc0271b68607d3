import { moscowWallClock } from '@/lib/city';

// The sandbox acquirer's card page: its test cards and the checks a real card form makes.
// Imported from the period module, not '@/lib/housing', so a client card form stays small.

export type CardOutcome = 'success' | 'decline' | 'challenge' | 'timeout';

/** The code the sandbox's extra confirmation step (its 3-D Secure) accepts. */
export const SANDBOX_CHALLENGE_CODE = '12345';

/** The sandbox's test cards, as shown on its card page. Any other valid number is declined. */
export const SANDBOX_TEST_CARDS = [
  { number: '4111 1111 1111 1111', outcome: 'success', description: 'The payment succeeds.' },
  { number: '4000 0000 0000 0002', outcome: 'decline', description: 'The bank declines it.' },
  {
    number: '4000 0000 0000 3220',
    outcome: 'challenge',
    description: `An extra confirmation step, like 3-D Secure: enter ${SANDBOX_CHALLENGE_CODE}.`,
  },
  {
    number: '4000 0000 0000 0119',
    outcome: 'timeout',
    description: 'The acquirer never answers; the payment stays pending until it expires.',
  },
] as const satisfies readonly { number: string; outcome: CardOutcome; description: string }[];

const outcomes = new Map<string, CardOutcome>(
  SANDBOX_TEST_CARDS.map((card) => [card.number.replace(/\s/g, ''), card.outcome]),
);

/** Whether a string of digits passes the Luhn check that every card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** What the sandbox does with a card number (spaces ignored); unknown cards are declined, as a real acquirer would. */
export function cardOutcome(number: string): CardOutcome {
  return outcomes.get(number.replace(/\s/g, '')) ?? 'decline';
}

/** Whether the code typed at the extra confirmation step is the sandbox's. */
export const challengeCodeAccepted = (code: string): boolean =>
  code.trim() === SANDBOX_CHALLENGE_CODE;

export type CardField = 'number' | 'expiry' | 'cvc' | 'holder';

export type CardError =
  | 'cardNumberInvalid'
  | 'cardExpiryInvalid'
  | 'cardExpired'
  | 'cardCvcInvalid'
  | 'cardHolderInvalid';

export type CardInput = Record<CardField, string>;

export type ParsedCard =
  | { ok: true; card: { last4: string; outcome: CardOutcome } }
  | { ok: false; fieldErrors: Partial<Record<CardField, CardError>> };

/** Longer than any real field with its spaces; a forged form is refused before any regex runs. */
const FIELD_TEXT_MAX = 64;

// Embossed names are Latin capitals; dots and hyphens occur ("J. SMITH-JONES").
const holderPattern = /^[A-Za-z][A-Za-z .-]*$/;

/**
 * Checks the card form: 16 digits passing Luhn, MM/YY not before the current month in Moscow (a
 * card is valid to the end of its month), a 3-digit CVC, a holder name in Latin letters. Only the
 * last four digits leave this function: the sandbox stores no card numbers.
 */
export function parseCard(input: CardInput, now: Date): ParsedCard {
  const fieldErrors: Partial<Record<CardField, CardError>> = {};

  const digits = input.number.length > FIELD_TEXT_MAX ? '' : input.number.replace(/\s/g, '');
  if (!/^\d{16}$/.test(digits) || !luhnValid(digits)) fieldErrors.number = 'cardNumberInvalid';

  const expiry = input.expiry.length > FIELD_TEXT_MAX ? null : expiryOf(input.expiry);
  if (!expiry) fieldErrors.expiry = 'cardExpiryInvalid';
  else {
    const today = moscowWallClock(now);
    if (expiry.year * 12 + expiry.month < today.year * 12 + today.month)
      fieldErrors.expiry = 'cardExpired';
  }

  if (!/^\d{3}$/.test(input.cvc.trim())) fieldErrors.cvc = 'cardCvcInvalid';

  const holder = input.holder.trim();
  if (holder.length > FIELD_TEXT_MAX || !holderPattern.test(holder))
    fieldErrors.holder = 'cardHolderInvalid';

  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, card: { last4: digits.slice(-4), outcome: cardOutcome(digits) } };
}

/** MM/YY as printed on the card (spaces around the slash allowed); years are this century's. */
function expiryOf(text: string): { year: number; month: number } | null {
  const match = /^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/.exec(text.trim());
  if (!match) return null;
  return { month: Number(match[1]), year: 2000 + Number(match[2]) };
}
