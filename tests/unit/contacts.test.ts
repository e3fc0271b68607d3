import { describe, expect, it } from 'vitest';
import {
  formatPhone,
  normalizeEmail,
  normalizeMobilePhone,
  parseLogin,
} from '@/lib/accounts/contacts';

describe('mobile phone numbers', () => {
  it.each([
    ['+79161234567', '+79161234567'],
    ['+7 (916) 123-45-67', '+79161234567'],
    ['8 916 123 45 67', '+79161234567'],
    ['8-916-123-45-67', '+79161234567'],
    ['79161234567', '+79161234567'],
    ['9161234567', '+79161234567'],
    ['916.123.45.67', '+79161234567'],
    ['+7 495 123-45-67', null],
    ['84951234567', null],
    ['+8 916 123-45-67', null],
    ['+7916123456', null],
    ['+791612345678', null],
    ['+7 916 123-45-6a', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(normalizeMobilePhone(input)).toBe(expected);
  });

  it.each([
    ['+79161234567', '+7 916 123-45-67'],
    ['+79160000001', '+7 916 000-00-01'],
    ['not a phone', 'not a phone'],
  ])('shows %s as %s, on one line', (stored, shown) => {
    // The number's spaces are no-break ones (U+00A0).
    expect(formatPhone(stored)).toBe(
      stored.startsWith('+7') ? shown.replace(/ /g, '\u00a0') : shown,
    );
  });
});

describe('sign-in logins', () => {
  it.each([
    ['Resident@MoyGorod.test', { kind: 'email', value: 'resident@moygorod.test' }],
    ['  resident@moygorod.test ', { kind: 'email', value: 'resident@moygorod.test' }],
    ['8 (916) 000-00-01', { kind: 'phone', value: '+79160000001' }],
    ['+7 916 000-00-01', { kind: 'phone', value: '+79160000001' }],
    ['resident', null],
    ['12345', null],
  ])('%j → %o', (input, expected) => {
    expect(parseLogin(input)).toEqual(expected);
  });

  it('lower-cases and trims an email', () => {
    expect(normalizeEmail('  Anna.Ivanova@Mail.RU ')).toBe('anna.ivanova@mail.ru');
  });
});
