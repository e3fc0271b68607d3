import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Details } from '@/components/ui/details';
import { FormAlert } from '@/components/ui/form-alert';
import { getAppointment } from '@/db/queries/appointments';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { CHANGE_CLOSES_HOURS } from '@/lib/health/rules';
import { resolveLocale } from '@/lib/i18n/config';
import { errorParam } from '../appointment-input';
import {
  BackToAppointments,
  card,
  ErrorNote,
  Note,
  primaryLink,
  secondaryLink,
  shownStatus,
  StatusBadge,
} from '../_components/page-parts';
import { specialtyName } from '@/lib/health/specialties';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations('health')]);
  const appointment = await getAppointment(await getViewer(), id, new Date());
  return {
    title: appointment ? t('ticket.title', { number: appointment.number }) : t('list.title'),
  };
}

/** The appointment ticket (талон): where and when to come, with the ways to change it while allowed. */
export default async function AppointmentTicketPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/health/appointments/${encodeURIComponent(id)}`);
  const now = new Date();
  const [appointment, asked, t, format, locale] = await Promise.all([
    getAppointment(viewer, id, now),
    searchParams,
    getTranslations('health.ticket'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  if (!appointment) notFound();
  const a = appointment;
  const status = shownStatus(a, now);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <BackToAppointments />
      <h1 className="text-2xl font-bold">{t('title', { number: a.number })}</h1>
      {asked.booked === '1' && status === 'booked' && (
        <FormAlert tone="success">{t('booked')}</FormAlert>
      )}
      {asked.moved === '1' && status === 'booked' && (
        <FormAlert tone="success">{t('moved')}</FormAlert>
      )}
      <ErrorNote error={errorParam(asked.error)} />

      <section aria-label={t('title', { number: a.number })} className={card}>
        <Details
          items={[
            [
              t('when'),
              <strong key="when">
                {format.dateTime(a.start, 'dateTime')} ({t('duration', { minutes: a.minutes })})
              </strong>,
            ],
            [t('patient'), a.child?.fullName ?? viewer.fullName],
            [t('specialty'), specialtyName(a.specialty, locale)],
            [t('doctor'), a.doctorName],
            [t('room'), a.room],
            [t('clinic'), a.clinicName],
            [t('address'), a.clinicAddress],
            [t('number'), a.number],
            [t('status'), <StatusBadge key="status" status={status} />],
          ]}
        />
        {status === 'booked' && (
          <div className="flex flex-wrap gap-3">
            {/* A file to download, not a page: a plain link so the browser saves it. */}
            <a href={`/health/appointments/${a.id}/ics`} className={primaryLink}>
              {t('ics')}
            </a>
            {a.changeable && (
              <>
                <Link href={`/health/appointments/${a.id}/move`} className={secondaryLink}>
                  {t('move')}
                </Link>
                <Link href={`/health/appointments/${a.id}/cancel`} className={secondaryLink}>
                  {t('cancel')}
                </Link>
              </>
            )}
          </div>
        )}
        {status === 'booked' && !a.changeable && (
          <Note>
            <p>{t('changeClosed', { hours: CHANGE_CLOSES_HOURS })}</p>
          </Note>
        )}
      </section>
    </div>
  );
}
