import { describe, expect, it } from 'vitest';
import { formatLicence, parseIssueDate, parseLicence, parsePlate } from '@/lib/fines';

const huge = '7'.repeat(1_000_000);

describe('registration plate', () => {
  it.each([
    ['А123ВС77', 'А123ВС77'],
    ['а 123 вс 77', 'А123ВС77'],
    ['A123BC77', 'А123ВС77'],
    ['a123bc 777', 'А123ВС777'],
    ['М 001 ОР 199 RUS', 'М001ОР199'],
    ['х999ух750rus', 'Х999УХ750'],
    ['Т\u00a0456\u00a0КЕ\u00a001', 'Т456КЕ01'],
  ])('accepts %j as %s', (input, value) => {
    expect(parsePlate(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'plateRequired'],
    ['  ', 'plateRequired'],
    ['RUS', 'plateRequired'],
    ['А12ВС77', 'plateInvalid'],
    ['А1234ВС77', 'plateInvalid'],
    ['А123В77', 'plateInvalid'],
    ['А123ВС7', 'plateInvalid'],
    ['А123ВС7777', 'plateInvalid'],
    ['А123ВС00', 'plateInvalid'],
    ['А123ВС077', 'plateInvalid'],
    ['А000ВС77', 'plateInvalid'],
    ['123АВС77', 'plateInvalid'],
    ['А-123-ВС-77', 'plateInvalid'],
    ['Ж123ВС77', 'plateLettersInvalid'],
    ['А123ЯЮ77', 'plateLettersInvalid'],
    ['D123FG77', 'plateLettersInvalid'],
    [huge, 'plateInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parsePlate(input)).toEqual({ ok: false, error });
  });
});

describe('driving licence number', () => {
  it.each([
    ['7701123456', '7701123456'],
    ['77 01 123456', '7701123456'],
    ['77 01 123 456', '7701123456'],
    ['№ 77 01 123456', '7701123456'],
    ['77АВ123456', '77АВ123456'],
    ['77 ав 123456', '77АВ123456'],
    ['77 AB 123456', '77АВ123456'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseLicence(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'licenceRequired'],
    ['  ', 'licenceRequired'],
    ['770112345', 'licenceInvalid'],
    ['77011234567', 'licenceInvalid'],
    ['77А1123456', 'licenceInvalid'],
    ['АВ77123456', 'licenceInvalid'],
    ['77-01-123456', 'licenceInvalid'],
    ['77ЖШ123456', 'licenceLettersInvalid'],
    ['77DF123456', 'licenceLettersInvalid'],
    [huge, 'licenceInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseLicence(input)).toEqual({ ok: false, error });
  });
});

describe('a licence number shown to its holder', () => {
  it.each([
    ['7719123456', '77 19 123456'],
    ['77АВ123456', '77 АВ 123456'],
    ['77ВК654321', '77 ВК 654321'],
  ])('prints %s as on the licence: %s, on one line', (number, shown) => {
    expect(formatLicence(number)).toBe(shown.replace(/ /g, '\u00a0'));
  });

  it('round-trips: what is shown parses back to what is stored', () => {
    for (const number of ['5023246810', '77ВК654321'])
      expect(parseLicence(formatLicence(number))).toEqual({ ok: true, value: number });
  });

  it('leaves anything not shaped like a stored number as it is', () => {
    expect(formatLicence('77 19 123456')).toBe('77 19 123456');
    expect(formatLicence('')).toBe('');
  });
});

describe('the licence’s issue date', () => {
  // 00:30 on 1 March 2015 in Moscow is still 28 February in UTC.
  const now = new Date('2015-03-01T00:30:00+03:00');

  it.each([
    ['2014-03-27', '2014-03-27'],
    ['27.03.2014', '2014-03-27'],
    ['7.3.2014', '2014-03-07'],
    [' 27/03/2014 ', '2014-03-27'],
    ['2015-03-01', '2015-03-01'],
    ['1950-01-01', '1950-01-01'],
    ['29.02.2012', '2012-02-29'],
  ])('accepts %j as %s', (input, value) => {
    expect(parseIssueDate(input, now)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'issueDateRequired'],
    ['   ', 'issueDateRequired'],
    ['29.02.2014', 'issueDateInvalid'],
    ['2014-13-01', 'issueDateInvalid'],
    ['31.04.2014', 'issueDateInvalid'],
    ['27.03.14', 'issueDateInvalid'],
    ['27 марта 2014', 'issueDateInvalid'],
    ['2014-3-27', 'issueDateInvalid'],
    ['2015-03-02', 'issueDateInFuture'],
    ['01.01.2030', 'issueDateInFuture'],
    ['31.12.1949', 'issueDateTooEarly'],
    [huge, 'issueDateInvalid'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseIssueDate(input, now)).toEqual({ ok: false, error });
  });
});
