import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatPhone, normalizeMobilePhone } from '@/lib/accounts/contacts';
import { formatLicence, formatPlate, parseLicence, parsePlate } from '@/lib/fines';
import { timeZone } from '@/lib/i18n/config';
import { formats, keepTogether, unbroken } from '@/lib/i18n/formats';

// A plate, a phone number, «2026 г.» or «1 234 ₽» split over two lines reads wrong: the formatters
// write the spaces a line must not break at as no-break ones. `⍽` below stands for U+00A0.

const shown = (text: string) => text.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '⍽');
const ordinarySpace = / /;

describe('a plate, a licence and a phone number stay on one line', () => {
  it.each([
    ['А123ВЕ777', 'А⍽123⍽ВЕ⍽777'],
    ['М456ОР199', 'М⍽456⍽ОР⍽199'],
    ['Т789СХ50', 'Т⍽789⍽СХ⍽50'],
  ])('the plate %s is printed %s', (stored, printed) => {
    expect(shown(formatPlate(stored))).toBe(printed);
  });

  it.each([
    ['7719123456', '77⍽19⍽123456'],
    ['77АВ123456', '77⍽АВ⍽123456'],
  ])('the licence %s is printed %s', (stored, printed) => {
    expect(shown(formatLicence(stored))).toBe(printed);
  });

  it.each([
    ['+79161234567', '+7⍽916⍽123-45-67'],
    ['+79160000001', '+7⍽916⍽000-00-01'],
  ])('the phone %s is printed %s', (stored, printed) => {
    expect(shown(formatPhone(stored))).toBe(printed);
  });

  it('reads back what it prints, as a person copies it into a field', () => {
    expect(parsePlate(formatPlate('А123ВЕ777'))).toEqual({ ok: true, value: 'А123ВЕ777' });
    expect(parseLicence(formatLicence('77АВ123456'))).toEqual({ ok: true, value: '77АВ123456' });
    expect(normalizeMobilePhone(formatPhone('+79161234567'))).toBe('+79161234567');
  });

  it('keeps a phone number written out in a message on one line', () => {
    expect(shown(unbroken('+7 495 539-55-55'))).toBe('+7⍽495⍽539-55-55');
  });
});

describe('dates keep «2026 г.», the day with its month and the time with its «в»', () => {
  const at = new Date('2026-12-10T09:30:00Z'); // 12:30 in Moscow

  it.each([
    ['ru', 'long', '10⍽декабря 2026⍽г.'],
    ['ru', 'short', '10⍽дек. 2026⍽г.'],
    ['ru', 'monthYear', 'декабрь 2026⍽г.'],
    ['ru', 'dateTime', '10⍽декабря 2026⍽г. в⍽12:30'],
    ['en', 'long', 'December⍽10, 2026'],
  ] as const)('%s %s: %s', (locale, format, expected) => {
    const text = createFormatter({ locale, timeZone, formats }).dateTime(at, format);
    expect(shown(keepTogether(text))).toBe(expected);
  });

  it('joins a number with its unit and «№» with its number, and nothing else', () => {
    expect(shown(keepTogether('Городская поликлиника № 3'))).toBe('Городская поликлиника №⍽3');
    expect(shown(keepTogether('расход 11,68 м³, 15 мин'))).toBe('расход 11,68⍽м³, 15⍽мин');
    expect(keepTogether('ул. Льва Толстого, д. 16')).toBe('ул. Льва Толстого, д. 16');
  });
});

describe('money and counts as Intl writes them', () => {
  it.each(['ru', 'en'] as const)(
    '%s: groups and the ₽ sign are joined by no-break spaces',
    (locale) => {
      const format = createFormatter({ locale, timeZone, formats });
      const amounts = [
        format.number(1_234_567.5, 'rub'),
        format.number(2_000_000_000, { notation: 'compact', maximumFractionDigits: 1 }),
        format.number(1_234_567),
      ];
      for (const amount of amounts) expect(amount, shown(amount)).not.toMatch(ordinarySpace);
    },
  );
});
