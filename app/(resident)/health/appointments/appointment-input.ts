// The addresses the appointment forms' answers lead to. The forms are plain server-rendered forms,
// so a refusal travels back as `?error=<key of health.errors>` on the page the form was on; only
// the keys below are ever shown.

export const appointmentErrors = [
  'slotTaken',
  'slotNotFound',
  'slotInPast',
  'notAttached',
  'otherClinic',
  'notRepresentative',
  'wrongDistrictDoctor',
  'referralRequired',
  'alreadyBooked',
  'notFound',
  'tooLate',
  'offerExpired',
  'offerTaken',
  'waitlistNotFound',
  'slotsAvailable',
  'alreadyWaiting',
] as const;
export type AppointmentError = (typeof appointmentErrors)[number];

/** The `error` parameter of a page, if it is one of ours. */
export function errorParam(value: unknown): AppointmentError | null {
  return typeof value === 'string' && (appointmentErrors as readonly string[]).includes(value)
    ? (value as AppointmentError)
    : null;
}

/** A single search parameter: a repeated one counts as absent, a long one is cut. */
export function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, 64) : undefined;
}

/** A step of the booking page; each step's address names the choices made before it. */
export function bookingHref(step: {
  patient?: string;
  specialty?: string;
  doctor?: string;
  day?: string;
  /** The list of doctors, even where one would be chosen without asking. */
  choose?: 'doctor';
  error?: AppointmentError;
}): string {
  const query = new URLSearchParams();
  for (const key of ['patient', 'specialty', 'doctor', 'day', 'choose', 'error'] as const) {
    const value = step[key];
    if (value) query.set(key, value);
  }
  const search = query.toString();
  return `/health/appointments/new${search ? `?${search}` : ''}`;
}
