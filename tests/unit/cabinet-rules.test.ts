import { describe, expect, it } from 'vitest';
import { addressName } from '@/lib/cabinet/format';
import { calendarDate } from '@/lib/city';
import { childServices, gradeOf } from '@/lib/cabinet/services';
import { findService, serviceHref } from '@/services/catalogue';
import { moscowDate } from '@/lib/city';
import { visitorHash } from '@/lib/usage/visitor';

const SCHOOL = '6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';

describe('services offered for a child', () => {
  it.each([
    [{ schoolId: null, schoolClass: null }, ['kindergarten-queue', 'doctor-appointments']],
    [
      { schoolId: SCHOOL, schoolClass: '1В' },
      ['school-diary', 'school-pass-and-meals', 'school-transfer', 'doctor-appointments'],
    ],
    [
      { schoolId: SCHOOL, schoolClass: '8А' },
      ['school-diary', 'school-pass-and-meals', 'school-transfer', 'doctor-appointments'],
    ],
    [
      { schoolId: SCHOOL, schoolClass: '9А' },
      [
        'school-diary',
        'school-pass-and-meals',
        'exam-results',
        'school-transfer',
        'doctor-appointments',
      ],
    ],
    [
      { schoolId: SCHOOL, schoolClass: '11Б' },
      [
        'school-diary',
        'school-pass-and-meals',
        'exam-results',
        'school-transfer',
        'doctor-appointments',
      ],
    ],
    [
      { schoolId: SCHOOL, schoolClass: null },
      ['school-diary', 'school-pass-and-meals', 'school-transfer', 'doctor-appointments'],
    ],
  ])('%j → %j', (child, expected) => {
    expect(childServices(child)).toEqual(expected);
  });

  it.each([
    ['9А', 9],
    ['11Б', 11],
    ['1', 1],
    ['12А', null],
    ['0', null],
    ['А', null],
    [null, null],
  ])('grade of %j is %j', (schoolClass, grade) => {
    expect(gradeOf(schoolClass)).toBe(grade);
  });
});

describe('service links', () => {
  it('lead to the description page until the service opens, then to the service', () => {
    const fines = findService('traffic-fines')!;
    expect(serviceHref('traffic-fines')).toBe(
      fines.available ? fines.route : '/services/traffic-fines',
    );
  });
});

describe('dates and names', () => {
  it.each([
    ['2005-03-14', '14 марта 2005 г.'],
    ['2014-12-31', '31 декабря 2014 г.'],
    ['2015-01-01', '1 января 2015 г.'],
  ])('a date column %s shows as %s in Moscow', (day, shown) => {
    const text = new Intl.DateTimeFormat('ru', {
      timeZone: 'Europe/Moscow',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(calendarDate(day));
    expect(text).toBe(shown);
  });

  it.each([
    ['Иванова Анна Сергеевна', 'Анна Сергеевна'],
    ['Петров Олег', 'Олег'],
    ['  Кузнецов   Михаил  Андреевич ', 'Михаил Андреевич'],
    ['Мадонна', 'Мадонна'],
  ])('%j is addressed as %j', (fullName, name) => {
    expect(addressName(fullName)).toBe(name);
  });
});

describe('the Moscow day of an instant', () => {
  it.each([
    ['2014-12-31T20:59:59.999Z', '2014-12-31'],
    ['2014-12-31T21:00:00.000Z', '2015-01-01'],
    ['2015-06-15T00:30:00.000Z', '2015-06-15'],
    // Before 26 October 2014 Moscow was UTC+4.
    ['2014-06-30T19:59:59.000Z', '2014-06-30'],
    ['2014-06-30T20:00:00.000Z', '2014-07-01'],
  ])('%s is %s', (instant, day) => {
    expect(moscowDate(new Date(instant))).toBe(day);
  });
});

describe('the anonymous visitor hash', () => {
  const salt = 'c2FsdC1vZi10aGUtZGF5';
  const ua = 'Mozilla/5.0 (Linux; Android 4.4) Chrome/39';

  it('is the same for the same browser and address on the same salt', () => {
    expect(visitorHash(salt, '10.0.0.1', ua)).toBe(visitorHash(salt, '10.0.0.1', ua));
  });

  it('changes with the salt, the address or the browser', () => {
    const base = visitorHash(salt, '10.0.0.1', ua);
    expect(visitorHash('another-day', '10.0.0.1', ua)).not.toBe(base);
    expect(visitorHash(salt, '10.0.0.2', ua)).not.toBe(base);
    expect(visitorHash(salt, '10.0.0.1', `${ua} Mobile`)).not.toBe(base);
  });

  it('keeps fields apart and contains neither the address nor the browser', () => {
    expect(visitorHash(salt, '1.2.3.4', '5 UA')).not.toBe(visitorHash(salt, '1.2.3.45', ' UA'));
    const hash = visitorHash(salt, '192.168.10.77', ua);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain('192');
  });
});
