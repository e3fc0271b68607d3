import { describe, expect, it } from 'vitest';
import {
  epdPayee,
  gostPaymentPayload,
  InvalidPaymentDetailsError,
  isValidCorrespondentAccount,
  isValidLegalInn,
  isValidSettlementAccount,
  paymentPeriod,
} from '@/lib/housing';

const payment = {
  payee: epdPayee,
  sumKopecks: 512_345,
  payerCode: '1234567890',
  period: '2014-12-01',
};

describe('the ЕПД payment QR (GOST R 56042-2014)', () => {
  it('lists the payee, the sum in kopecks, the payer code and the period', () => {
    expect(gostPaymentPayload(payment)).toBe(
      'ST00012|Name=ГБУ города Москвы «ЕИРЦ Мой город»|PersonalAcc=40601810000001000012' +
        '|BankName=АО «Банк Мой город»|BIC=044525987|CorrespAcc=30101810900000000987' +
        '|PayeeINN=7704123450|KPP=770401001|Sum=512345' +
        '|Purpose=Оплата ЕПД за 12.2014, код плательщика 1234567890|PersAcc=1234567890|PaymPeriod=122014',
    );
  });

  it('removes field separators and line breaks from free text', () => {
    const text = gostPaymentPayload({ ...payment, purpose: 'ЕПД|Sum=1\nза декабрь' });
    expect(text).toContain('|Purpose=ЕПД Sum=1 за декабрь|');
    expect(text.split('|').filter((f) => f.startsWith('Sum='))).toEqual(['Sum=512345']);
  });

  it('leaves the sum out when nothing is to be paid', () => {
    expect(gostPaymentPayload({ ...payment, sumKopecks: 0 })).not.toContain('Sum=');
    expect(gostPaymentPayload({ ...payment, sumKopecks: -5000 })).not.toContain('Sum=');
  });

  it.each([
    ['PersonalAcc', { payee: { ...epdPayee, personalAcc: '4060181000000100001' } }],
    ['PersonalAcc', { payee: { ...epdPayee, personalAcc: '40601810000001000013' } }],
    ['BIC', { payee: { ...epdPayee, bic: '04452598' } }],
    ['CorrespAcc', { payee: { ...epdPayee, correspAcc: '30101810000000000987' } }],
    ['PayeeINN', { payee: { ...epdPayee, payeeInn: '7704123451' } }],
    ['KPP', { payee: { ...epdPayee, kpp: '77040100' } }],
    ['PersAcc', { payerCode: '12345' }],
    ['Sum', { sumKopecks: 10.5 }],
    ['Name', { payee: { ...epdPayee, name: ' | ' } }],
  ])('refuses a malformed %s', (field, change) => {
    const attempt = () => gostPaymentPayload({ ...payment, ...change });
    expect(attempt).toThrow(InvalidPaymentDetailsError);
    expect(attempt).toThrow(field);
  });

  it.each([
    ['2014-12-01', '122014'],
    ['2015-01-01', '012015'],
  ])('writes the period %s as %s', (period, text) => {
    expect(paymentPeriod(period)).toBe(text);
  });
});

describe('bank detail check digits', () => {
  it('accepts a real bank’s correspondent account and the portal payee’s details', () => {
    expect(isValidCorrespondentAccount('30101810400000000225', '044525225')).toBe(true);
    expect(isValidSettlementAccount(epdPayee.personalAcc, epdPayee.bic)).toBe(true);
    expect(isValidCorrespondentAccount(epdPayee.correspAcc, epdPayee.bic)).toBe(true);
    expect(isValidLegalInn(epdPayee.payeeInn)).toBe(true);
  });

  it.each(['7707083893', '7704123450'])('accepts the INN %s', (inn) => {
    expect(isValidLegalInn(inn)).toBe(true);
  });

  it.each(['7707083894', '770708389', 'abcdefghij'])('refuses the INN %s', (inn) => {
    expect(isValidLegalInn(inn)).toBe(false);
  });
});
