import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Details } from '@/components/ui/details';
import {
  choiceOf,
  freeSlots,
  patientChoices,
  specialtyChoices,
  type PatientChoice,
  type SpecialtyChoice,
} from '@/db/queries/appointment-choices';
import { requireViewer } from '@/server/auth/viewer';
import { calendarDate } from '@/lib/city';
import { DISTRICT, specialtyName } from '@/lib/health/specialties';
import { OFFER_HOLD_MINUTES } from '@/lib/health/waitlist';
import { resolveLocale, type Locale } from '@/lib/i18n/config';
import { bookAction, joinWaitlistAction } from '../actions';
import { bookingHref, errorParam, param, type AppointmentError } from '../appointment-input';
import { BackToAppointments, card, ErrorNote, Note } from '../_components/page-parts';
import { DoctorAndTime } from '../_components/slot-picker';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<SearchParams> };
type T = Awaited<ReturnType<typeof getTranslations<'health.book'>>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('health.book');
  return { title: t('title') };
}

// One page, four steps, each a plain link: the patient, the specialty, the doctor, the time. A choice
// that is unknown or not the viewer's to make sends them back to the step where it is made.

export default async function BookAppointmentPage({ searchParams }: Props) {
  const asked = await searchParams;
  const wanted = {
    patient: param(asked.patient),
    specialty: param(asked.specialty),
    doctor: param(asked.doctor),
    day: param(asked.day),
  };
  const viewer = await requireViewer(bookingHref(wanted));
  const now = new Date();
  const [choices, t, locale] = await Promise.all([
    patientChoices(viewer, now),
    getTranslations('health.book'),
    getLocale().then(resolveLocale),
  ]);
  const error = errorParam(asked.error);
  const choice = wanted.patient ? choiceOf(choices, wanted.patient) : null;

  // The doctor step shows a refusal next to the free times it concerns; the others above the step.
  const frame = (summary: React.ReactNode, step: React.ReactNode, errorAbove = true) => (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackToAppointments />
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {summary}
      {errorAbove && <ErrorNote error={error} />}
      {step}
    </div>
  );

  if (!choice?.clinic)
    return frame(
      null,
      <PatientStep choices={choices} notFound={!!wanted.patient && !choice} t={t} />,
    );

  const specialties = await specialtyChoices(viewer, choice, now);
  const specialty = specialties.find((s) => s.specialty === wanted.specialty);
  const patientSummary = <Summary choice={choice} specialty={null} locale={locale} t={t} />;
  if (!specialty)
    return frame(
      patientSummary,
      <SpecialtyStep
        choice={choice}
        specialties={specialties}
        note={wanted.specialty ? <p>{t('specialtyNotFound')}</p> : null}
        t={t}
      />,
    );
  if (specialty.access === 'needsReferral' || specialty.booked)
    return frame(
      patientSummary,
      <SpecialtyStep
        choice={choice}
        specialties={specialties}
        note={<Blocked specialty={specialty} locale={locale} t={t} />}
        t={t}
      />,
    );

  return frame(
    <Summary choice={choice} specialty={specialty} locale={locale} t={t} />,
    <DoctorStep
      viewer={viewer}
      choice={choice}
      specialty={specialty}
      doctorId={wanted.doctor}
      listAsked={param(asked.choose) === 'doctor'}
      day={wanted.day}
      error={error}
      now={now}
      t={t}
    />,
    false,
  );
}

/** The choices made so far, each with a link back to change it. */
function Summary({
  choice,
  specialty,
  locale,
  t,
}: {
  choice: PatientChoice;
  specialty: SpecialtyChoice | null;
  locale: Locale;
  t: T;
}) {
  const change = (href: string, what: string) => (
    <>
      {' · '}
      <Link href={href} className="font-normal">
        {t('change')}
        <span className="sr-only">: {what}</span>
      </Link>
    </>
  );
  const items: [string, React.ReactNode][] = [
    [
      t('patient'),
      <>
        {choice.fullName}
        {change(bookingHref({}), t('patient'))}
      </>,
    ],
  ];
  if (specialty)
    items.push([
      t('specialty'),
      <>
        {specialtyName(specialty.specialty, locale)}
        {change(bookingHref({ patient: choice.key }), t('specialty'))}
      </>,
    ]);
  return (
    <section aria-label={t('stepsLabel')} className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <Details items={items} />
    </section>
  );
}

function PatientStep({
  choices,
  notFound,
  t,
}: {
  choices: readonly PatientChoice[];
  notFound: boolean;
  t: T;
}) {
  return (
    <section aria-labelledby="step-patient" className={card}>
      <h2 id="step-patient" className="text-xl font-semibold">
        {t('choosePatient')}
      </h2>
      {notFound && (
        <Note>
          <p>{t('patientNotFound')}</p>
        </Note>
      )}
      <ul className="flex flex-col gap-2">
        {choices.map((c) => {
          const name = c.key === 'self' ? t('self', { name: c.fullName }) : c.fullName;
          return (
            <li key={c.key}>
              {c.clinic ? (
                <Link
                  href={bookingHref({ patient: c.key })}
                  className="flex min-h-11 flex-col rounded-md border border-slate-300 px-4 py-3 no-underline hover:bg-brand-50"
                >
                  <span className="font-semibold">{name}</span>
                  <span className="text-sm text-slate-700">
                    {t('clinic', { name: c.clinic.name, address: c.clinic.address })}
                  </span>
                </Link>
              ) : (
                <div className="flex flex-col rounded-md border border-dashed border-slate-300 px-4 py-3">
                  <span className="font-semibold">{name}</span>
                  <span className="text-sm text-slate-700">{t('notAttached')}</span>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {choices.every((c) => c.key === 'self') && (
        <p className="text-slate-700">
          {t('addChild')} <Link href="/cabinet/link/child">{t('addChildLink')}</Link>
        </p>
      )}
    </section>
  );
}

async function SpecialtyStep({
  choice,
  specialties,
  note,
  t,
}: {
  choice: PatientChoice;
  specialties: readonly SpecialtyChoice[];
  note: React.ReactNode;
  t: T;
}) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale().then(resolveLocale)]);
  return (
    <section aria-labelledby="step-specialty" className={card}>
      <h2 id="step-specialty" className="text-xl font-semibold">
        {t('chooseSpecialty')}
      </h2>
      {note && <Note>{note}</Note>}
      {specialties.length === 0 ? (
        <p>{t('noSpecialties')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {specialties.map((s) => {
            const name = specialtyName(s.specialty, locale);
            const access =
              s.access === 'referral' && s.referralValidUntil
                ? t('access.referral', {
                    date: format.dateTime(calendarDate(s.referralValidUntil), 'long'),
                  })
                : t(`access.${s.access === 'referral' ? 'direct' : s.access}`);
            const open = s.access !== 'needsReferral' && !s.booked;
            return (
              <li
                key={s.specialty}
                className={`flex flex-col gap-1 rounded-md border px-4 py-3 ${
                  open ? 'border-slate-300' : 'border-dashed border-slate-300'
                }`}
              >
                {open ? (
                  <Link
                    href={bookingHref({ patient: choice.key, specialty: s.specialty })}
                    className="font-semibold"
                  >
                    {name}
                  </Link>
                ) : (
                  <span className="font-semibold">{name}</span>
                )}
                <span className="text-sm text-slate-700">{access}</span>
                {s.access === 'needsReferral' && (
                  <span className="text-sm text-slate-700">{t('needsReferralText')}</span>
                )}
                {s.booked && (
                  <span className="text-sm">
                    {t('bookedAt', { when: format.dateTime(s.booked.start, 'dateTime') })}{' '}
                    <Link href={`/health/appointments/${s.booked.id}`}>
                      {t('openBooking')}
                      <span className="sr-only">: {name}</span>
                    </Link>
                  </span>
                )}
                {s.waiting && !s.booked && (
                  <span className="text-sm">
                    {t('waiting')}{' '}
                    <Link href="/health/appointments/waitlist">{t('openWaitlist')}</Link>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Why a specialty asked for by its address cannot be booked now. */
async function Blocked({
  specialty,
  locale,
  t,
}: {
  specialty: SpecialtyChoice;
  locale: Locale;
  t: T;
}) {
  const format = await getFormatter();
  const name = specialtyName(specialty.specialty, locale);
  if (specialty.booked)
    return (
      <p>
        <span className="font-semibold">{name}.</span>{' '}
        {t('bookedAt', { when: format.dateTime(specialty.booked.start, 'dateTime') })}{' '}
        <Link href={`/health/appointments/${specialty.booked.id}`} className="font-semibold">
          {t('openBooking')}
        </Link>
      </p>
    );
  return (
    <p>
      <span className="font-semibold">{name}.</span> {t('needsReferralText')}
    </p>
  );
}

async function DoctorStep({
  viewer,
  choice,
  specialty,
  doctorId,
  listAsked,
  day,
  error,
  now,
  t,
}: {
  viewer: Awaited<ReturnType<typeof requireViewer>>;
  choice: PatientChoice;
  specialty: SpecialtyChoice;
  doctorId: string | undefined;
  /** «Choose another doctor» was pressed: the list, even where one doctor would be chosen. */
  listAsked: boolean;
  day: string | undefined;
  error: AppointmentError | null;
  now: Date;
  t: T;
}) {
  const code = specialty.specialty;
  let free = await freeSlots(viewer, choice, code, doctorId, now, day);
  if (!free) return <p>{t('specialtyNotFound')}</p>;
  const known = free.doctors.some((d) => d.id === doctorId);
  let chosenId = known ? doctorId : undefined;
  // With one doctor who has free time there is nothing to choose: show their times at once.
  const withTime = free.doctors.filter((d) => d.freeCount > 0);
  if (!chosenId && !doctorId && !listAsked && withTime.length === 1) {
    chosenId = withTime[0]!.id;
    free = (await freeSlots(viewer, choice, code, chosenId, now, day)) ?? free;
  }
  const step = { patient: choice.key, specialty: code };

  return (
    <>
      {!free.withinTarget && (
        <section aria-labelledby="waitlist-offer" className={card}>
          <h2 id="waitlist-offer" className="text-xl font-semibold">
            {t(`notWithinTarget.${DISTRICT.includes(code) ? 'district' : 'specialist'}`)}
          </h2>
          {specialty.waiting ? (
            <p>
              {t('waiting')}{' '}
              <Link href="/health/appointments/waitlist" className="font-semibold">
                {t('openWaitlist')}
              </Link>
            </p>
          ) : (
            <form action={joinWaitlistAction} className="flex flex-col items-start gap-3">
              <p>{t('waitlistText', { minutes: OFFER_HOLD_MINUTES })}</p>
              <input type="hidden" name="patient" value={choice.key} />
              <input type="hidden" name="specialty" value={code} />
              <Button type="submit">{t('joinWaitlist')}</Button>
            </form>
          )}
          {free.firstFree && (
            <p className="text-slate-700">{t(chosenId ? 'laterTimes' : 'laterSlots')}</p>
          )}
        </section>
      )}

      <DoctorAndTime
        doctors={free.doctors}
        chosenId={chosenId}
        unknownDoctor={!!doctorId && !known}
        error={error}
        hrefs={{
          doctor: (doctor) => bookingHref({ ...step, doctor }),
          doctors: bookingHref({ ...step, choose: 'doctor' }),
          day: (doctor, day) => bookingHref({ ...step, doctor, day }),
        }}
        days={free.days}
        shownDay={free.shownDay}
        slots={free.slots}
        action={bookAction}
        fields={step}
      />
    </>
  );
}
