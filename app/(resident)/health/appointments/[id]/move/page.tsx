import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { choiceOf, freeSlots, patientChoices } from '@/db/queries/appointment-choices';
import { getAppointment } from '@/db/queries/appointments';
import { requireViewer } from '@/server/auth/viewer';
import { CHANGE_CLOSES_HOURS } from '@/lib/health/rules';
import { resolveLocale } from '@/lib/i18n/config';
import { moveAction } from '../../actions';
import { errorParam, param } from '../../appointment-input';
import {
  BackToAppointments,
  card,
  ErrorNote,
  Note,
  shownStatus,
} from '../../_components/page-parts';
import { DoctorAndTime } from '../../_components/slot-picker';
import { specialtyName } from '@/lib/health/specialties';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('health.move');
  return { title: t('title') };
}

/** Moving keeps the specialty and the clinic: the doctor and time steps of booking, for this patient. */
export default async function MoveAppointmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const page = `/health/appointments/${encodeURIComponent(id)}/move`;
  const viewer = await requireViewer(page);
  const now = new Date();
  const [appointment, asked, choices, t, format, locale] = await Promise.all([
    getAppointment(viewer, id, now),
    searchParams,
    patientChoices(viewer, now),
    getTranslations('health'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  const choice = appointment && choiceOf(choices, appointment.child?.id ?? 'self');
  if (!appointment || !choice) notFound();
  const a = appointment;
  const ticket = `/health/appointments/${a.id}`;
  if (shownStatus(a, now) !== 'booked') redirect(ticket);
  const error = errorParam(asked.error);
  const doctorId = param(asked.doctor);
  const listAsked = param(asked.choose) === 'doctor';
  const day = param(asked.day);

  const frame = (body: React.ReactNode) => (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackToAppointments />
      <h1 className="text-2xl font-bold">{t('move.title')}</h1>
      <section aria-label={t('ticket.title', { number: a.number })} className={card}>
        <p>
          <span className="font-semibold">{specialtyName(a.specialty, locale)}</span>
          {' — '}
          {a.child?.fullName ?? viewer.fullName}
        </p>
        <p>
          {t('move.current', { when: format.dateTime(a.start, 'dateTime'), doctor: a.doctorName })}{' '}
          <Link href={ticket}>{t('ticket.title', { number: a.number })}</Link>
        </p>
        {a.changeable && <p className="text-slate-700">{t('move.intro')}</p>}
      </section>
      {body}
    </div>
  );

  if (!a.changeable)
    return frame(
      <>
        <ErrorNote error={error} />
        <Note>
          <p>{t('ticket.changeClosed', { hours: CHANGE_CLOSES_HOURS })}</p>
        </Note>
      </>,
    );

  let free = await freeSlots(viewer, choice, a.specialty, doctorId, now, day);
  if (!free)
    return frame(
      <>
        <ErrorNote error={error} />
        <p>{t('book.noSlots')}</p>
      </>,
    );
  const known = free.doctors.some((d) => d.id === doctorId);
  let chosenId = known ? doctorId : undefined;
  if (!chosenId && !doctorId && !listAsked) {
    // Most people move to another time with the same doctor; else the only one with free time.
    const withTime = free.doctors.filter((d) => d.freeCount > 0);
    chosenId =
      free.doctors.find((d) => d.fullName === a.doctorName && d.freeCount > 0)?.id ??
      (withTime.length === 1 ? withTime[0]!.id : undefined);
    if (chosenId) free = (await freeSlots(viewer, choice, a.specialty, chosenId, now, day)) ?? free;
  }
  const move = (query: Record<string, string>) => `${ticket}/move?${new URLSearchParams(query)}`;

  return frame(
    <DoctorAndTime
      doctors={free.doctors}
      chosenId={chosenId}
      unknownDoctor={!!doctorId && !known}
      error={error}
      hrefs={{
        doctor: (doctor) => move({ doctor }),
        doctors: move({ choose: 'doctor' }),
        day: (doctor, day) => move({ doctor, day }),
      }}
      days={free.days}
      shownDay={free.shownDay}
      slots={free.slots}
      action={moveAction}
      fields={{ appointmentId: a.id }}
    />,
  );
}
