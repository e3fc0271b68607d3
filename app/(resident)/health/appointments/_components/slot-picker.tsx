import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarDate } from '@/lib/city';
import type { AppointmentError } from '../appointment-input';
import { BusyFieldset } from './busy-fieldset';
import { card, ErrorNote, Note } from './page-parts';

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

/**
 * The doctor step of booking and moving: the specialty's doctors, each a link to their free times,
 * the chosen one marked; a refusal shows here while no doctor is chosen.
 */
export async function DoctorChoice({
  doctors,
  chosenId,
  unknownDoctor,
  error,
  hrefOf,
}: {
  doctors: readonly Doctor[];
  chosenId: string | undefined;
  /** A doctor was asked for by the address who is not among them. */
  unknownDoctor: boolean;
  error: AppointmentError | null;
  hrefOf: (doctorId: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  return (
    <section aria-labelledby="step-doctor" className={card}>
      <h2 id="step-doctor" className="text-xl font-semibold">
        {t('chooseDoctor')}
      </h2>
      {!chosenId && <ErrorNote error={error} />}
      {unknownDoctor && (
        <Note>
          <p>{t('doctorNotFound')}</p>
        </Note>
      )}
      {doctors.length === 0 ? (
        <p>{t('noDoctors')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {doctors.map((d) => {
            const chosen = d.id === chosenId;
            return (
              <li key={d.id}>
                <Link
                  href={hrefOf(d.id)}
                  aria-current={chosen ? 'true' : undefined}
                  className={`flex min-h-11 flex-col rounded-md border px-4 py-3 no-underline hover:bg-brand-50 ${
                    chosen
                      ? 'border-brand-700 bg-brand-50 ring-1 ring-brand-700'
                      : 'border-slate-300'
                  }`}
                >
                  <span className="font-semibold">
                    {t('doctorName', { name: d.fullName, room: d.room })}
                  </span>
                  <span className="text-sm text-slate-700">
                    {d.firstFree
                      ? `${t('firstFree', { when: format.dateTime(d.firstFree, firstFreeFormat) })} · ${t('freeCount', { count: d.freeCount })}`
                      : t('noFree')}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The time step of booking and moving: the chosen doctor, a refusal if any, and their free times. */
export async function TimeStep({
  doctor,
  error,
  ...times
}: {
  doctor: { fullName: string; room: string };
  error: AppointmentError | null;
} & Parameters<typeof FreeSlotDays>[0]) {
  const t = await getTranslations('health.book');
  return (
    <section aria-labelledby="step-time" className={card}>
      <h2 id="step-time" className="text-xl font-semibold">
        {t('chooseTime')}
        <span className="block text-base font-normal text-slate-700">
          {t('doctorName', { name: doctor.fullName, room: doctor.room })}
        </span>
      </h2>
      <ErrorNote error={error} />
      <FreeSlotDays {...times} />
    </section>
  );
}

/**
 * One doctor's free times: their days with free time as links, and the shown day's times in one form,
 * each time a submit button carrying its slot id; `fields` are the hidden fields the action needs
 * besides it.
 */
export async function FreeSlotDays({
  days,
  shownDay,
  slots,
  hrefOfDay,
  action,
  fields,
}: {
  days: readonly { day: string; count: number }[];
  shownDay: string | null;
  slots: readonly { id: string; start: Date }[];
  hrefOfDay: (day: string) => string;
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | undefined>;
}) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  if (!shownDay || slots.length === 0) return <p>{t('noSlots')}</p>;
  const dayName = (day: string) =>
    format.dateTime(calendarDate(day), { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <nav aria-label={t('daysLabel')}>
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {/* Each day is `relative`, so its screen-reader text stays inside the scrolling row
              rather than widening the page. */}
          {days.map(({ day, count }) => {
            const shown = day === shownDay;
            return (
              <li key={day} className="relative shrink-0">
                <Link
                  href={hrefOfDay(day)}
                  aria-current={shown ? 'date' : undefined}
                  className={`flex min-h-11 min-w-16 flex-col items-center rounded-md border px-2 py-1 text-sm no-underline ${
                    shown
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 hover:bg-brand-50'
                  }`}
                >
                  <span className="first-letter:uppercase">
                    {format.dateTime(calendarDate(day), { weekday: 'short' })}
                  </span>
                  <span className="font-semibold tabular-nums">
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
