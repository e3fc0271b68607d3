import { describe, expect, it } from 'vitest';
import {
  canChange,
  checkBooking,
  DEFAULT_DIRECT_SPECIALTIES,
  type BookingRequest,
} from '@/lib/health';

const now = new Date('2014-12-15T10:00:00+03:00');

// An adult booking the district therapist at their own clinic tomorrow: every rule holds.
const base: BookingRequest = {
  now,
  slot: {
    start: new Date('2014-12-16T09:00:00+03:00'),
    clinicId: 'clinic-1',
    specialty: 'therapist',
  },
  patient: {
    attachedClinicId: 'clinic-1',
    birthDate: '1980-05-20',
    isSelf: true,
    representedByBooker: false,
  },
  direct: DEFAULT_DIRECT_SPECIALTIES,
  referralAvailable: false,
  activeSpecialties: [],
};

type Change = {
  slot?: Partial<BookingRequest['slot']>;
  patient?: Partial<BookingRequest['patient']>;
} & Partial<Omit<BookingRequest, 'slot' | 'patient'>>;

const request = ({ slot, patient, ...rest }: Change = {}): BookingRequest => ({
  ...base,
  ...rest,
  slot: { ...base.slot, ...slot },
  patient: { ...base.patient, ...patient },
});

const child = { isSelf: false, representedByBooker: true, birthDate: '2010-03-01' };

describe('a booking is accepted', () => {
  it.each<[string, Change, boolean]>([
    ['an adult at their district therapist', {}, false],
    ['an adult at a GP', { slot: { specialty: 'gp' } }, false],
    [
      'a represented child at their paediatrician',
      { patient: child, slot: { specialty: 'pediatrician' } },
      false,
    ],
    ['a represented child at a GP', { patient: child, slot: { specialty: 'gp' } }, false],
    [
      'a directly bookable specialist without a referral',
      { slot: { specialty: 'dentist' } },
      false,
    ],
    [
      'a specialist on a referral, which it uses up',
      { slot: { specialty: 'cardiologist' }, referralAvailable: true },
      true,
    ],
    [
      'a specialist configured as direct, keeping the referral',
      { slot: { specialty: 'cardiologist' }, direct: ['cardiologist'], referralAvailable: true },
      false,
    ],
    [
      'another specialty than the active booking',
      { slot: { specialty: 'dentist' }, activeSpecialties: ['therapist'] },
      false,
    ],
    ['a slot one millisecond ahead', { slot: { start: new Date(now.getTime() + 1) } }, false],
  ])('%s', (_, change, usesReferral) => {
    expect(checkBooking(request(change))).toEqual({ ok: true, usesReferral });
  });
});

describe('a booking is refused', () => {
  it.each<[string, Change, string]>([
    ['a slot starting now', { slot: { start: now } }, 'slotInPast'],
    [
      'a slot already begun',
      { slot: { start: new Date('2014-12-15T09:45:00+03:00') } },
      'slotInPast',
    ],
    ['a patient attached to no clinic', { patient: { attachedClinicId: null } }, 'notAttached'],
    ['a slot at another clinic', { slot: { clinicId: 'clinic-2' } }, 'otherClinic'],
    [
      'a child the booker does not represent',
      { patient: { ...child, representedByBooker: false }, slot: { specialty: 'pediatrician' } },
      'notRepresentative',
    ],
    ['an adult at a paediatrician', { slot: { specialty: 'pediatrician' } }, 'wrongDistrictDoctor'],
    ['a child at a therapist', { patient: child }, 'wrongDistrictDoctor'],
    [
      'someone turning 18 tomorrow at a therapist',
      { patient: { birthDate: '1996-12-16' } },
      'wrongDistrictDoctor',
    ],
    [
      'a specialist without a referral',
      { slot: { specialty: 'cardiologist' } },
      'referralRequired',
    ],
    [
      'a specialist left off the configured list',
      { slot: { specialty: 'dentist' }, direct: [] },
      'referralRequired',
    ],
    [
      'a second active booking of a specialty',
      { activeSpecialties: ['therapist'] },
      'alreadyBooked',
    ],
  ])('%s: %s', (_, change, error) => {
    expect(checkBooking(request(change))).toEqual({ ok: false, error });
  });
});

describe('the first refusal is the one a person can act on', () => {
  const past = { start: new Date('2014-12-15T09:00:00+03:00') };
  it.each<[string, Change, string]>([
    [
      'a stranger learns nothing about a child who is not theirs',
      { patient: { ...child, representedByBooker: false, attachedClinicId: null }, slot: past },
      'notRepresentative',
    ],
    [
      'no attachment comes before the clinic of the slot',
      { patient: { attachedClinicId: null }, slot: { clinicId: 'clinic-2' } },
      'notAttached',
    ],
    [
      'the clinic comes before the specialty',
      { slot: { clinicId: 'clinic-2', specialty: 'pediatrician' } },
      'otherClinic',
    ],
    [
      'the wrong district doctor comes before an active booking',
      { slot: { specialty: 'pediatrician' }, activeSpecialties: ['pediatrician'] },
      'wrongDistrictDoctor',
    ],
    [
      'an active booking to move comes before a referral to get',
      { slot: { specialty: 'cardiologist' }, activeSpecialties: ['cardiologist'] },
      'alreadyBooked',
    ],
    [
      'a missing referral comes before a past slot',
      { slot: { ...past, specialty: 'cardiologist' } },
      'referralRequired',
    ],
  ])('%s', (_, change, error) => {
    expect(checkBooking(request(change))).toEqual({ ok: false, error });
  });
});

describe('cancelling or moving an appointment', () => {
  const slotStart = new Date('2014-12-15T12:00:00+03:00');
  it.each([
    ['2014-12-15T09:00:00+03:00', true],
    ['2014-12-15T10:00:00+03:00', true], // exactly 2 hours before
    ['2014-12-15T10:00:00.001+03:00', false],
    ['2014-12-15T11:30:00+03:00', false],
    ['2014-12-15T13:00:00+03:00', false],
  ])('at %s is allowed: %s', (at, allowed) => {
    expect(canChange(new Date(at), slotStart)).toBe(allowed);
  });
});
