import { periodParts, type Period } from '@/lib/city';

// The payment QR of the ЕПД in the format of GOST R 56042-2014: `ST0001` (format, version 0001),
// `2` (UTF-8), then `|Key=Value` pairs. A '|' inside a value would start a new field, so it is removed.

export type PayeeDetails = {
  name: string;
  /** Settlement account: 20 digits. */
  personalAcc: string;
  bankName: string;
  /** 9 digits. */
  bic: string;
  /** Bank's correspondent account: 20 digits. */
  correspAcc: string;
  /** Legal entity INN: 10 digits. */
  payeeInn: string;
  /** 9 digits. */
  kpp: string;
};

/** The portal's fictional payee for every ЕПД; the accounts, BIC and INN carry valid check digits. */
export const epdPayee: PayeeDetails = {
  name: 'ГБУ города Москвы «ЕИРЦ Мой город»',
  personalAcc: '40601810000001000012',
  bankName: 'АО «Банк Мой город»',
  bic: '044525987',
  correspAcc: '30101810900000000987',
  payeeInn: '7704123450',
  kpp: '770401001',
};

export type EpdPayment = {
  payee: PayeeDetails;
  /** The ЕПД total in kopecks; left out of the code when not positive (nothing to pay). */
  sumKopecks: number;
  /** The payer code printed on the ЕПД: 10 digits. */
  payerCode: string;
  period: Period;
  /** Defaults to the usual wording with the period and the payer code. */
  purpose?: string;
};

export class InvalidPaymentDetailsError extends Error {
  constructor(readonly field: string) {
    super(`Invalid payment field: ${field}`);
    this.name = 'InvalidPaymentDetailsError';
  }
}

const WEIGHTS = [7, 1, 3];

function keyOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * WEIGHTS[i % 3]!;
  return sum % 10 === 0;
}

/** A settlement account's check digit, computed with the bank's BIC (Bank of Russia rules). */
export function isValidSettlementAccount(account: string, bic: string): boolean {
  return /^\d{20}$/.test(account) && /^\d{9}$/.test(bic) && keyOk(bic.slice(6) + account);
}

/** A correspondent account's check digit: '0' and digits 5–6 of the BIC come first. */
export function isValidCorrespondentAccount(account: string, bic: string): boolean {
  return /^\d{20}$/.test(account) && /^\d{9}$/.test(bic) && keyOk(`0${bic.slice(4, 6)}${account}`);
}

/** A legal entity's 10-digit INN with its check digit. */
export function isValidLegalInn(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((s, w, i) => s + w * Number(inn[i]), 0);
  return (sum % 11) % 10 === Number(inn[9]);
}

/** `MMYYYY`, as PaymPeriod wants it. */
export function paymentPeriod(period: Period): string {
  const { year, month } = periodParts(period);
  return `${String(month).padStart(2, '0')}${year}`;
}

/** The purpose line of an ЕПД payment. */
export function epdPaymentPurpose(period: Period, payerCode: string): string {
  const { year, month } = periodParts(period);
  return `Оплата ЕПД за ${String(month).padStart(2, '0')}.${year}, код плательщика ${payerCode}`;
}

/** Free text as a value: no field separator, no line breaks, single spaces, at most `max` characters. */
function freeText(value: string, max: number): string {
  return value
    .replace(/[|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}

/** The text to encode in the ЕПД's QR code. Throws InvalidPaymentDetailsError on malformed details. */
export function gostPaymentPayload(payment: EpdPayment): string {
  const { payee } = payment;
  const checks: Array<[string, boolean]> = [
    ['BIC', /^\d{9}$/.test(payee.bic)],
    ['PersonalAcc', isValidSettlementAccount(payee.personalAcc, payee.bic)],
    ['CorrespAcc', isValidCorrespondentAccount(payee.correspAcc, payee.bic)],
    ['PayeeINN', isValidLegalInn(payee.payeeInn)],
    ['KPP', /^\d{9}$/.test(payee.kpp)],
    ['PersAcc', /^\d{10}$/.test(payment.payerCode)],
    ['Sum', Number.isSafeInteger(payment.sumKopecks)],
  ];
  for (const [field, ok] of checks) if (!ok) throw new InvalidPaymentDetailsError(field);
  const name = freeText(payee.name, 160);
  const bankName = freeText(payee.bankName, 45);
  const purpose = freeText(
    payment.purpose ?? epdPaymentPurpose(payment.period, payment.payerCode),
    210,
  );
  if (!name) throw new InvalidPaymentDetailsError('Name');
  if (!bankName) throw new InvalidPaymentDetailsError('BankName');

  const fields: Array<[string, string]> = [
    ['Name', name],
    ['PersonalAcc', payee.personalAcc],
    ['BankName', bankName],
    ['BIC', payee.bic],
    ['CorrespAcc', payee.correspAcc],
    ['PayeeINN', payee.payeeInn],
    ['KPP', payee.kpp],
  ];
  if (payment.sumKopecks > 0) fields.push(['Sum', String(payment.sumKopecks)]);
  if (purpose) fields.push(['Purpose', purpose]);
  fields.push(['PersAcc', payment.payerCode], ['PaymPeriod', paymentPeriod(payment.period)]);
  return ['ST00012', ...fields.map(([k, v]) => `${k}=${v}`)].join('|');
}
