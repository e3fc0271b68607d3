import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarDate } from '@/lib/cabinet/format';
import { BusyFieldset } from './busy-fieldset';

// The doctor and time steps, shared by booking and moving: server-rendered, so every step is a link
// and every time a submit button that works without JavaScript. The shapes are freeSlots' answer.

type Doctor = {
  id: string;
  fullName: string;
  room: string;
  firstFree: Date | null;
  freeCount: number;
};
type Day = { day: string; slots: readonly { id: string; start: Date }[] };

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

/** The specialty's doctors, each a link to their free times; the chosen one is marked. */
export async function DoctorList({
  doctors,
  chosenId,
  hrefOf,
}: {
  doctors: readonly Doctor[];
  chosenId: string | undefined;
  hrefOf: (doctorId: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  if (doctors.length === 0) return <p>{t('noDoctors')}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {doctors.map((d) => {
        const chosen = d.id === chosenId;
        return (
          <li key={d.id}>
            <Link
              href={hrefOf(d.id)}
              aria-current={chosen ? 'true' : undefined}
              className={`flex min-h-11 flex-col rounded-md border px-4 py-3 no-underline hover:bg-brand-50 ${
                chosen ? 'border-brand-700 bg-brand-50 ring-1 ring-brand-700' : 'border-slate-300'
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
  );
}

/**
 * One doctor's free times by Moscow day. One form: each time is a submit button carrying its slot id,
 * and `fields` are the hidden fields the action needs besides it.
 */
export async function FreeSlotDays({
  days,
  action,
  fields,
}: {
  days: readonly Day[];
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | undefined>;
}) {
  const [t, format] = await Promise.all([getTranslations('health.book'), getFormatter()]);
  if (days.length === 0) return <p>{t('noSlots')}</p>;
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <BusyFieldset className="flex min-w-0 flex-col gap-4">
        <legend className="mb-2 text-slate-700">{t('chooseTimeHint')}</legend>
        {days.map(({ day, slots }) => {
          const dayName = format.dateTime(calendarDate(day), {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          });
          return (
            <div key={day} className="flex flex-col gap-2">
              <h3 className="font-semibold first-letter:uppercase">{dayName}</h3>
              <ul className={times}>
                {slots.map((slot) => (
                  <li key={slot.id}>
                    <button type="submit" name="slotId" value={slot.id}>
                      {format.dateTime(slot.start, { hour: '2-digit', minute: '2-digit' })}
                      <span className="sr-only">, {dayName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </BusyFieldset>
    </form>
  );
}
