import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarDate } from '@/lib/city';
import type { AppointmentError } from '../appointment-input';
import { BusyFieldset } from './busy-fieldset';
import { card, ErrorNote, Note } from './page-parts';
import { StepHeading, StepLink } from './step-focus';

// The doctor and time steps, shared by booking and moving: server-rendered, so every step is a link
// and every time a submit button that works without JavaScript. The shapes are freeSlots' answer.

type Doctor = {
  id: string;
  fullName: string;
  room: string;
  firstFree: Date | null;
  freeCount: number;
};

/** A doctor's first free time: the weekday helps when the days are a fortnight apart. */
export const firstFreeFormat = {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
} as const;

// The time buttons are styled from their list: a doctor's fortnight is hundreds of
// buttons, and one class list instead of one per button keeps the page and its payload small.
const times =
  'grid grid-cols-3 gap-2 min-[480px]:grid-cols-4 sm:grid-cols-6 ' +
  '[&_button]:inline-flex [&_button]:min-h-11 [&_button]:w-full [&_button]:cursor-pointer ' +
  '[&_button]:items-center [&_button]:justify-center [&_button]:rounded-md [&_button]:border ' +
  '[&_button]:border-brand-700 [&_button]:bg-white [&_button]:px-2 [&_button]:py-2 ' +
  '[&_button]:font-semibold [&_button]:text-brand-700 [&_button]:tabular-nums ' +
  '[&_button:hover]:bg-brand-50 [&_button:disabled]:cursor-not-allowed [&_button:disabled]:text-slate-400';

/** A step's heading; the margin keeps its card's top edge in view when the page scrolls to it. */
const stepHeading = 'scroll-mt-8 text-xl font-semibold';

/**
 * The doctor and time steps of booking and moving. Until a doctor is chosen, the specialty's doctors,
 * each a link to their free times. Once one is chosen, the list gives way to them and their free
 * times, with a link back to the list, so on a phone the times are what comes next. `fields` are the
 * hidden fields the action needs besides the doctor and the slot.
 */
export async function DoctorAndTime({
  doctors,
  chosenId,
  unknownDoctor,
  error,
  hrefs,
  ...times
}: {
  doctors: readonly Doctor[];
  chosenId: string | undefined;
  /** A doctor was asked for by the address who is not among them. */
  unknownDoctor: boolean;
  error: AppointmentError | null;
  hrefs: {
    doctor: (doctorId: string) => string;
    /** The list of doctors, even where one would be chosen without asking. */
    doctors: string;
    day: (doctorId: string, day: string) => string;
  };
} & Omit<FreeSlotDaysProps, 'hrefOfDay'>) {
  const chosen = doctors.find((d) => d.id === chosenId);
  if (!chosen)
    return (
      <DoctorChoice
        doctors={doctors}
        unknownDoctor={unknownDoctor}
        error={error}
        hrefOf={hrefs.doctor}
      />
    );
  const t = await getTranslations('health.book');
  return (
    <section aria-labelledby="step-time" className={card}>
      <div>
        <StepHeading id="step-time" className={stepHeading}>
          {t('chooseTime')}
          <span className="block text-base font-normal text-slate-700">
            {t('doctorName', { name: chosen.fullName, room: chosen.room })}
          </span>
        </StepHeading>
        {doctors.length > 1 && (
          <p>
            <StepLink
              step="step-doctor"
              href={`${hrefs.doctors}#step-doctor`}
              className="inline-flex min-h-11 items-center"
            >
              {t('chooseOtherDoctor')}
            </StepLink>
          </p>
        )}
      </div>
      <ErrorNote error={error} />
      <FreeSlotDays
        {...times}
        fields={{ ...times.fields, doctor: chosen.id }}
        hrefOfDay={(day) => hrefs.day(chosen.id, day)}
      />
    </section>
  );
}

/** The specialty's doctors, each a link to their free times; a refusal shows here. */
async function DoctorChoice({
  doctors,
  unknownDoctor,
  error,
  hrefOf,
}: {
  doctors: readonly Doctor[];
  unknownDoctor: boolean;
  error: AppointmentError | null;
  hrefOf: (doctorId: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  return (
    <section aria-labelledby="step-doctor" className={card}>
      <StepHeading id="step-doctor" className={stepHeading}>
        {t('chooseDoctor')}
      </StepHeading>
      <ErrorNote error={error} />
      {unknownDoctor && (
        <Note>
          <p>{t('doctorNotFound')}</p>
        </Note>
      )}
      {doctors.length === 0 ? (
        <p>{t('noDoctors')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {doctors.map((d) => (
            <li key={d.id}>
              <StepLink
                step="step-time"
                href={`${hrefOf(d.id)}#step-time`}
                className="flex min-h-11 flex-col rounded-md border border-slate-300 px-4 py-3 no-underline hover:bg-brand-50"
              >
                <span className="font-semibold">
                  {t('doctorName', { name: d.fullName, room: d.room })}
                </span>
                <span className="text-sm text-slate-700">
                  {d.firstFree
                    ? `${t('firstFree', { when: format.dateTime(d.firstFree, firstFreeFormat) })} · ${t('freeCount', { count: d.freeCount })}`
                    : t('noFree')}
                </span>
              </StepLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type FreeSlotDaysProps = {
  days: readonly { day: string; count: number }[];
  shownDay: string | null;
  slots: readonly { id: string; start: Date }[];
  hrefOfDay: (day: string) => string;
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | undefined>;
};

/**
 * One doctor's free times: their days with free time as links, and the shown day's times in one form,
 * each time a submit button carrying its slot id; `fields` are the hidden fields the action needs
 * besides it.
 */
async function FreeSlotDays({
  days,
  shownDay,
  slots,
  hrefOfDay,
  action,
  fields,
}: FreeSlotDaysProps) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  if (!shownDay || slots.length === 0) return <p>{t('noSlots')}</p>;
  const dayName = (day: string) =>
    format.dateTime(calendarDate(day), { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <nav aria-label={t('daysLabel')}>
        {/* The days wrap into as many rows as they need rather than scroll sideways: on a phone every
            day is in sight, with or without JavaScript. A day's link keeps the page where it is; with
            a full page load (no JavaScript) its #fragment brings the times back into view. */}
        <ul className="grid grid-cols-[repeat(auto-fill,minmax(4rem,1fr))] gap-2">
          {days.map(({ day, count }) => {
            const shown = day === shownDay;
            return (
              <li key={day}>
                <Link
                  href={`${hrefOfDay(day)}#step-time`}
                  scroll={false}
                  aria-current={shown ? 'date' : undefined}
                  className={`flex min-h-11 flex-col items-center justify-center rounded-md border px-1 py-1 text-sm no-underline ${
                    shown
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 hover:bg-brand-50'
                  }`}
                >
                  <span className="first-letter:uppercase">
                    {format.dateTime(calendarDate(day), { weekday: 'short' })}
                  </span>
                  <span className="font-semibold whitespace-nowrap tabular-nums">
                    {format.dateTime(calendarDate(day), { day: 'numeric', month: 'short' })}
                  </span>
                  <span className="sr-only">, {t('freeCount', { count })}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form action={action}>
        {Object.entries({ ...fields, day: shownDay }).map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        <BusyFieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-2 font-semibold first-letter:uppercase">{dayName(shownDay)}</legend>
          <p className="text-slate-700">{t('chooseTimeHint')}</p>
          <ul className={times}>
            {slots.map((slot) => (
              <li key={slot.id}>
                <button type="submit" name="slotId" value={slot.id}>
                  {format.dateTime(slot.start, { hour: '2-digit', minute: '2-digit' })}
                </button>
              </li>
            ))}
          </ul>
        </BusyFieldset>
      </form>
    </div>
  );
}
