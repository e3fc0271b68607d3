import { describe, expect, it } from 'vitest';
import enDocuments from '@/lib/i18n/messages/en/documents.json';
import ruDocuments from '@/lib/i18n/messages/ru/documents.json';
import {
  isUuid,
  parseBirthCertificate,
  parseFlat,
  parsePayerCode,
  parseSts,
} from '@/lib/registry/identifiers';
import { linkApartmentSchema, linkChildSchema, linkVehicleSchema } from '@/lib/registry/schemas';

const huge = '7'.repeat(1_000_000);
const tenToTheTwelfth = String(10 ** 12);

describe('payer code', () => {
  it.each([
    ['7702000108', '7702000108'],
    ['7702 000 108', '7702000108'],
    [' 77 02 00 01 08 ', '7702000108'],
    ['7702\u00a0000\u00a0108', '7702000108'],
  ])('accepts %j as %s', (input, value) => {
    expect(parsePayerCode(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'payerCodeRequired'],
    ['   ', 'payerCodeRequired'],
    ['770200010', 'payerCodeInvalid'],
    ['77020001081', 'payerCodeInvalid'],
    ['77O2000108', 'payerCodeInvalid'],
    ['7702-000-108', 'payerCodeInvalid'],
    ['７７０２０００１０８', 'payerCodeInvalid'],
    [tenToTheTwelfth, 'payerCodeInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parsePayerCode(input)).toEqual({ ok: false, error });
  });
});

describe('flat number', () => {
  it.each([
    ['108', '108'],
    [' 15 ', '15'],
    ['15А', '15А'],
    ['15а', '15А'],
    ['15 а', '15А'],
    ['15a', '15А'],
    ['№42', '42'],
    ['123456', '123456'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseFlat(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'flatRequired'],
    ['0', 'flatInvalid'],
    ['015', 'flatInvalid'],
    ['1234567', 'flatInvalid'],
    ['12345АБ', 'flatInvalid'],
    ['А15', 'flatInvalid'],
    ['15D', 'flatInvalid'],
    ['15-2', 'flatInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseFlat(input)).toEqual({ ok: false, error });
  });
});

describe('vehicle registration certificate (СТС)', () => {
  it.each([
    ['77УХ123456', '77УХ123456'],
    ['77 УХ 123456', '77УХ123456'],
    ['77 ух 123 456', '77УХ123456'],
    ['77YX123456', '77УХ123456'],
    ['77yx123456', '77УХ123456'],
    ['50KM246810', '50КМ246810'],
    ['7740654321', '7740654321'],
    ['77 40 654321', '7740654321'],
    ['99АВ000001', '99АВ000001'],
    ['99 ТМ 000001', '99ТМ000001'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseSts(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'stsRequired'],
    ['  ', 'stsRequired'],
    ['77УХ12345', 'stsInvalid'],
    ['77УХ1234567', 'stsInvalid'],
    ['7УХ1234567', 'stsInvalid'],
    ['77У1123456', 'stsInvalid'],
    ['УХ77123456', 'stsInvalid'],
    ['77-УХ-123456', 'stsInvalid'],
    ['77ЖШ123456', 'stsLettersInvalid'],
    ['77ЯЮ123456', 'stsLettersInvalid'],
    ['77DF123456', 'stsLettersInvalid'],
    [tenToTheTwelfth, 'stsInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseSts(input)).toEqual({ ok: false, error });
  });
});

describe('birth certificate', () => {
  it.each([
    ['IV-МЮ 123456', 'IV-МЮ 123456'],
    ['iv-мю 123456', 'IV-МЮ 123456'],
    ['IV МЮ 123456', 'IV-МЮ 123456'],
    ['IV-МЮ123456', 'IV-МЮ 123456'],
    ['  IV – МЮ  123456 ', 'IV-МЮ 123456'],
    ['IV-MЮ 123456', 'IV-МЮ 123456'],
    ['ІІІ-МЮ 777001', 'III-МЮ 777001'],
    ['ХІІ-ЖК 000123', 'XII-ЖК 000123'],
    ['XХМ 123456', 'X-ХМ 123456'],
    ['LXXXVIII-АБ 654321', 'LXXXVIII-АБ 654321'],
    ['СХС-ГД 100000', 'CXC-ГД 100000'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseBirthCertificate(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'birthCertificateRequired'],
    ['   ', 'birthCertificateRequired'],
    ['IIII-МЮ 123456', 'birthCertificateInvalid'],
    ['VV-МЮ 123456', 'birthCertificateInvalid'],
    ['IM-МЮ 123456', 'birthCertificateInvalid'],
    ['4-МЮ 123456', 'birthCertificateInvalid'],
    ['IV-М 123456', 'birthCertificateInvalid'],
    ['IV-МЮЯ 123456', 'birthCertificateInvalid'],
    ['IV-DF 123456', 'birthCertificateInvalid'],
    ['IV-МЮ 12345', 'birthCertificateInvalid'],
    ['IV-МЮ 1234567', 'birthCertificateInvalid'],
    ['МЮ 123456', 'birthCertificateInvalid'],
    [tenToTheTwelfth, 'birthCertificateInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseBirthCertificate(input)).toEqual({ ok: false, error });
  });
});

describe('oversized input', () => {
  it('is refused by every parser, whatever it contains', () => {
    expect(parsePayerCode(huge)).toEqual({ ok: false, error: 'payerCodeInvalid' });
    expect(parseFlat(huge)).toEqual({ ok: false, error: 'flatInvalid' });
    expect(parseSts(huge)).toEqual({ ok: false, error: 'stsInvalid' });
    expect(parseBirthCertificate(`IV-${huge}`)).toEqual({
      ok: false,
      error: 'birthCertificateInvalid',
    });
    expect(linkVehicleSchema.safeParse({ sts: huge }).success).toBe(false);
  });
});

describe('record ids', () => {
  it.each([
    ['6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f', true],
    ['6F1C2A7E-8D4B-4C3A-9E2F-1A2B3C4D5E6F', true],
    ['6f1c2a7e8d4b4c3a9e2f1a2b3c4d5e6f', false],
    ["' or 1=1 --", false],
    ['', false],
    [undefined, false],
  ])('%j is a uuid: %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});

describe('the link forms’ schemas', () => {
  const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    r.error?.issues[0]?.message;

  it('hand the normalised identifiers to the server', () => {
    expect(linkApartmentSchema.parse({ payerCode: '7702 000 108', flat: '108' })).toEqual({
      payerCode: '7702000108',
      flat: '108',
    });
    expect(linkVehicleSchema.parse({ sts: '50 km 246810' })).toEqual({ sts: '50КМ246810' });
    expect(
      linkChildSchema.parse({ birthCertificate: 'iii-мю 777001', confirmRepresentative: 'on' }),
    ).toEqual({ birthCertificate: 'III-МЮ 777001', confirmRepresentative: true });
  });

  it('refuse a missing field, a forged type and an unconfirmed representative with a message key', () => {
    expect(firstMessage(linkApartmentSchema.safeParse({ flat: '1' }))).toBe('payerCodeRequired');
    expect(firstMessage(linkVehicleSchema.safeParse({ sts: 7740654321 }))).toBe('stsRequired');
    expect(
      firstMessage(
        linkChildSchema.safeParse({ birthCertificate: 'V-МЮ 246802', confirmRepresentative: '' }),
      ),
    ).toBe('representativeRequired');
    expect(
      firstMessage(
        linkChildSchema.safeParse({
          birthCertificate: 'V-МЮ 246802',
          confirmRepresentative: false,
        }),
      ),
    ).toBe('representativeRequired');
  });

  it('use only message keys that both languages have', () => {
    const keys = [
      'payerCodeRequired',
      'payerCodeInvalid',
      'flatRequired',
      'flatInvalid',
      'stsRequired',
      'stsInvalid',
      'stsLettersInvalid',
      'birthCertificateRequired',
      'birthCertificateInvalid',
      'representativeRequired',
    ];
    for (const key of keys) {
      expect(ruDocuments.errors).toHaveProperty(key);
      expect(enDocuments.errors).toHaveProperty(key);
    }
  });
});
