import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/ui/form-alert';
import { listAppointments, type AppointmentView } from '@/db/queries/appointments';
import { listWaitlist } from '@/db/queries/waitlist';
import { requireViewer } from '@/server/auth/viewer';
import { resolveLocale } from '@/lib/i18n/config';
import { errorParam } from './appointment-input';
import { card, ErrorNote, primaryLink, shownStatus, StatusBadge } from './_components/page-parts';
import { specialtyName } from '@/lib/health/specialties';
import { waitlistFlash, WaitlistSection } from './_components/waitlist-section';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('health.list');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** «Мои записи»: a time held from the waitlist first (it lapses), then upcoming and past visits. */
export default async function AppointmentsPage({ searchParams }: Props) {
  const viewer = await requireViewer('/health/appointments');
  const now = new Date();
  const [{ upcoming, past }, waitlist, asked, t, format, locale] = await Promise.all([
    listAppointments(viewer, now),
    listWaitlist(viewer, now),
    searchParams,
    getTranslations('health.list'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  // A cancel form's "not found" is about an appointment; any other refusal here is a waitlist form's.
  const error = errorParam(asked.error);
  const waitlistError = error === 'notFound' ? null : error;
  const flash = waitlistFlash(asked);
  const patientOf = (a: AppointmentView) => a.child?.fullName ?? viewer.fullName;
  const forPatient = (a: AppointmentView) => t('forPatient', { name: patientOf(a) });

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p>
          <Link href="/health/appointments/new" className={primaryLink}>
            {t('book')}
          </Link>
        </p>
        {asked.cancelled === '1' && <FormAlert tone="success">{t('flash.cancelled')}</FormAlert>}
        {error === 'notFound' && <ErrorNote error={error} />}
      </div>

      {(waitlist.length > 0 || flash || waitlistError) && (
        <WaitlistSection
          entries={waitlist}
          viewerName={viewer.fullName}
          from="list"
          heading="h2"
          flash={flash}
          error={waitlistError}
        />
      )}

      <section aria-labelledby="upcoming" className="flex flex-col gap-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t('upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
            {t('noUpcoming')}
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {upcoming.map((a) => {
              const name = `${specialtyName(a.specialty, locale)}, ${format.dateTime(a.start, 'dateTime')}`;
              return (
                <li key={a.id} className={card}>
                  <h3 className="text-lg font-semibold">{specialtyName(a.specialty, locale)}</h3>
                  <p className="font-semibold">{format.dateTime(a.start, 'dateTime')}</p>
                  <p>
                    {a.doctorName}, {t('room', { room: a.room })}
                    <br />
                    <span className="text-slate-700">
                      {a.clinicName}, {a.clinicAddress}
                    </span>
                  </p>
                  <p>{forPatient(a)}</p>
                  <div className="flex flex-wrap gap-x-4 gap-y-2">
                    <Link href={`/health/appointments/${a.id}`} className="font-semibold">
                      {t('ticket')}
                      <span className="sr-only">: {name}</span>
                    </Link>
                    {a.changeable && (
                      <>
                        <Link href={`/health/appointments/${a.id}/move`}>
                          {t('move')}
                          <span className="sr-only">: {name}</span>
                        </Link>
                        <Link href={`/health/appointments/${a.id}/cancel`}>
                          {t('cancel')}
                          <span className="sr-only">: {name}</span>
                        </Link>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="past" className="flex flex-col gap-3">
        <h2 id="past" className="text-xl font-semibold">
          {t('past')}
        </h2>
        {past.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
            {t('noPast')}
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded-lg bg-white px-4 shadow-sm sm:px-6">
            {past.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="flex flex-col">
                  <Link href={`/health/appointments/${a.id}`} className="font-semibold">
                    {specialtyName(a.specialty, locale)}, {format.dateTime(a.start, 'dateTime')}
                  </Link>
                  <span className="text-sm text-slate-700">
                    {a.doctorName} · {forPatient(a)}
                  </span>
                </div>
                <StatusBadge status={shownStatus(a, now)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
