import { moscowDate } from '@/lib/city';
import { dayParts } from '@/lib/city';

// The specialties a resident can book, with the slot length each one's schedule is cut into.

export const specialties = [
  { code: 'therapist', ru: 'Терапевт участковый', en: 'District therapist', slotMinutes: 15 },
  { code: 'pediatrician', ru: 'Педиатр участковый', en: 'District paediatrician', slotMinutes: 15 },
  { code: 'gp', ru: 'Врач общей практики', en: 'General practitioner', slotMinutes: 15 },
  { code: 'ophthalmologist', ru: 'Офтальмолог', en: 'Ophthalmologist', slotMinutes: 20 },
  {
    code: 'otolaryngologist',
    ru: 'Оториноларинголог (ЛОР)',
    en: 'Otolaryngologist (ENT)',
    slotMinutes: 15,
  },
  { code: 'surgeon', ru: 'Хирург', en: 'Surgeon', slotMinutes: 20 },
  { code: 'urologist', ru: 'Уролог', en: 'Urologist', slotMinutes: 20 },
  {
    code: 'gynecologist',
    ru: 'Акушер-гинеколог',
    en: 'Obstetrician-gynaecologist',
    slotMinutes: 20,
  },
  { code: 'dentist', ru: 'Стоматолог', en: 'Dentist', slotMinutes: 30 },
  { code: 'neurologist', ru: 'Невролог', en: 'Neurologist', slotMinutes: 20 },
  { code: 'cardiologist', ru: 'Кардиолог', en: 'Cardiologist', slotMinutes: 30 },
  { code: 'endocrinologist', ru: 'Эндокринолог', en: 'Endocrinologist', slotMinutes: 30 },
] as const;

export type Specialty = (typeof specialties)[number]['code'];

const byCode = new Map<string, (typeof specialties)[number]>(specialties.map((s) => [s.code, s]));

export function isSpecialty(x: unknown): x is Specialty {
  return typeof x === 'string' && byCode.has(x);
}

export function slotMinutesOf(s: Specialty): number {
  return byCode.get(s)!.slotMinutes;
}

/** A specialty's name in a language; an unknown code (an old record) is shown as it is. */
export function specialtyName(code: string, locale: 'ru' | 'en'): string {
  return byCode.get(code)?.[locale] ?? code;
}

/** The district doctors: the first visit to them is always self-booked. */
export const DISTRICT: readonly Specialty[] = ['therapist', 'pediatrician', 'gp'];

/** Moscow's 2014 list of specialists a resident may book without a referral, plus the district doctors. */
export const DEFAULT_DIRECT_SPECIALTIES: readonly Specialty[] = [
  ...DISTRICT,
  'dentist',
  'ophthalmologist',
  'otolaryngologist',
  'surgeon',
  'urologist',
  'gynecologist',
];

export type DirectSpecialtiesResult =
  { ok: true; specialties: Specialty[] } | { ok: false; message: string };

/** Parses a comma-separated list of specialty codes; the message names the unknown ones. */
export function parseDirectSpecialties(text: string): DirectSpecialtiesResult {
  const codes = text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknown = codes.filter((c) => !isSpecialty(c));
  if (unknown.length > 0)
    return {
      ok: false,
      message:
        `unknown specialties ${unknown.map((c) => `"${c}"`).join(', ')}; ` +
        `known: ${specialties.map((s) => s.code).join(', ')}`,
    };
  return { ok: true, specialties: [...new Set(codes as Specialty[])] };
}

/** A district doctor is never behind a referral, whatever the configured list says. */
export function needsReferral(specialty: Specialty, direct: readonly Specialty[]): boolean {
  return !DISTRICT.includes(specialty) && !direct.includes(specialty);
}

/** Full years on a calendar day. A 29 February birthday falls on 1 March in non-leap years. */
export function ageOn(birthDate: string, day: string): number {
  const born = dayParts(birthDate);
  const on = dayParts(day);
  const leapDayInCommonYear = born.month === 2 && born.day === 29 && !isLeapYear(on.year);
  const [month, date] = leapDayInCommonYear ? [3, 1] : [born.month, born.day];
  const hadBirthday = on.month > month || (on.month === month && on.day >= date);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/** Under 18 on Moscow's today: a child a parent represents, seen by the paediatrician. */
export function isMinor(birthDate: string, now: Date): boolean {
  return ageOn(birthDate, moscowDate(now)) < 18;
}

/** The district doctor of a patient: paediatric until the 18th birthday (from 00:00 Moscow). */
export function districtSpecialtyFor(birthDate: string, now: Date): Specialty {
  return isMinor(birthDate, now) ? 'pediatrician' : 'therapist';
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
