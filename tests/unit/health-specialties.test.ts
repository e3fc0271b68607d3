import { describe, expect, it } from 'vitest';
import {
  ageOn,
  DEFAULT_DIRECT_SPECIALTIES,
  districtSpecialtyFor,
  isMinor,
  isSpecialty,
  needsReferral,
  parseDirectSpecialties,
  slotMinutesOf,
  specialties,
  specialtyName,
} from '@/lib/health';

describe('specialties', () => {
  it.each([
    ['therapist', 15],
    ['pediatrician', 15],
    ['ophthalmologist', 20],
    ['dentist', 30],
    ['cardiologist', 30],
  ] as const)('a %s slot lasts %i minutes', (code, minutes) => {
    expect(slotMinutesOf(code)).toBe(minutes);
  });

  it('every specialty has a Russian and an English name and a unique code', () => {
    expect(new Set(specialties.map((s) => s.code)).size).toBe(specialties.length);
    for (const s of specialties) expect(s.ru && s.en).toBeTruthy();
  });

  it.each([
    ['surgeon', true],
    ['gp', true],
    ['Surgeon', false],
    ['', false],
    ['toString', false],
  ])('"%s" is a specialty: %s', (code, yes) => {
    expect(isSpecialty(code)).toBe(yes);
  });

  it.each([
    ['pediatrician', 'ru', 'Педиатр участковый'],
    ['pediatrician', 'en', 'District paediatrician'],
    ['otolaryngologist', 'ru', 'Оториноларинголог (ЛОР)'],
    // A code no longer in the list (an old record) is shown as stored, not as a blank.
    ['phthisiatrician', 'ru', 'phthisiatrician'],
    ['toString', 'en', 'toString'],
  ] as const)('%s in %s is named "%s"', (code, locale, name) => {
    expect(specialtyName(code, locale)).toBe(name);
  });
});

describe('which specialties need a referral', () => {
  it.each([
    ['therapist', false],
    ['pediatrician', false],
    ['gp', false],
    ['dentist', false],
    ['gynecologist', false],
    ['cardiologist', true],
    ['neurologist', true],
    ['endocrinologist', true],
  ] as const)('by default %s needs one: %s', (code, needed) => {
    expect(needsReferral(code, DEFAULT_DIRECT_SPECIALTIES)).toBe(needed);
  });

  it('a district doctor never needs one, even when the configured list leaves it out', () => {
    expect(needsReferral('therapist', [])).toBe(false);
    expect(needsReferral('dentist', [])).toBe(true);
    expect(needsReferral('cardiologist', ['cardiologist'])).toBe(false);
  });
});

describe('the directly bookable specialties in configuration', () => {
  it.each([
    ['dentist,surgeon', ['dentist', 'surgeon']],
    [' dentist , surgeon ,', ['dentist', 'surgeon']],
    ['dentist,dentist', ['dentist']],
    ['', []],
  ])('"%s" is %o', (text, list) => {
    expect(parseDirectSpecialties(text)).toEqual({ ok: true, specialties: list });
  });

  it('names every unknown code and lists the known ones', () => {
    const parsed = parseDirectSpecialties('dentist,dentistt,Surgeon');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain('"dentistt", "Surgeon"');
      expect(parsed.message).toContain('known: therapist, pediatrician');
    }
  });
});

describe('the district doctor of a patient', () => {
  it.each([
    // The 18th birthday, on the Moscow calendar.
    ['1996-12-15', '2014-12-14T23:59:59.999+03:00', 'pediatrician'],
    ['1996-12-15', '2014-12-15T00:00:00+03:00', 'therapist'],
    // 21:00 UTC on the eve is already the birthday in Moscow.
    ['1996-12-15', '2014-12-14T21:00:00Z', 'therapist'],
    ['1996-12-15', '2014-12-14T20:59:59Z', 'pediatrician'],
    // Summer 2014, UTC+4.
    ['1996-07-01', '2014-06-30T20:00:00Z', 'therapist'],
    ['1996-07-01', '2014-06-30T19:59:59Z', 'pediatrician'],
    // Born on 29 February: in a common year the birthday is 1 March.
    ['1996-02-29', '2014-02-28T12:00:00+04:00', 'pediatrician'],
    ['1996-02-29', '2014-03-01T00:00:00+04:00', 'therapist'],
    ['2014-01-01', '2014-12-15T12:00:00+03:00', 'pediatrician'],
    ['1950-05-09', '2014-12-15T12:00:00+03:00', 'therapist'],
  ])('born %s, at %s: %s', (birthDate, now, specialty) => {
    expect(districtSpecialtyFor(birthDate, new Date(now))).toBe(specialty);
    // A parent represents the child exactly while the paediatrician is theirs.
    expect(isMinor(birthDate, new Date(now))).toBe(specialty === 'pediatrician');
  });

  it.each([
    ['1996-02-29', '2014-02-28', 17],
    ['1996-02-29', '2014-03-01', 18],
    ['1996-02-29', '2016-02-28', 19],
    ['1996-02-29', '2016-02-29', 20],
    ['2000-12-31', '2014-12-30', 13],
    ['2000-12-31', '2014-12-31', 14],
    ['2014-12-15', '2014-12-15', 0],
  ])('born %s, on %s is %i', (birthDate, day, age) => {
    expect(ageOn(birthDate, day)).toBe(age);
  });

  it.each(['1996-02-30', '15.12.1996', '1996-13-01'])('refuses the birth date "%s"', (birth) => {
    expect(() => ageOn(birth, '2014-12-15')).toThrow(RangeError);
  });
});
