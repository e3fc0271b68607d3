import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { getAppointment } from '@/db/queries/appointments';
import { requireViewer } from '@/server/auth/viewer';
import { CHANGE_CLOSES_HOURS } from '@/lib/health/rules';
import { resolveLocale } from '@/lib/i18n/config';
import { cancelAction } from '../../actions';
import { errorParam } from '../../appointment-input';
import { ErrorNote, Note, secondaryLink, shownStatus } from '../../_components/page-parts';
import { specialtyName } from '@/lib/health/specialties';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('health.cancel');
  return { title: t('title') };
}

/** The second step of cancelling: what is being cancelled, then a plain form (works without JS). */
export default async function CancelAppointmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/health/appointments/${encodeURIComponent(id)}/cancel`);
  const now = new Date();
  const [appointment, asked, t, format, locale] = await Promise.all([
    getAppointment(viewer, id, now),
    searchParams,
    getTranslations('health'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  if (!appointment) notFound();
  const a = appointment;
  const ticket = `/health/appointments/${a.id}`;
  // A cancelled or past appointment has nothing to cancel: its ticket says what became of it.
  if (shownStatus(a, now) !== 'booked') redirect(ticket);

  return (
    <section
      aria-labelledby="cancel-title"
      className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
    >
      <h1 id="cancel-title" className="text-2xl font-bold">
        {t('cancel.title')}
      </h1>
      <p>
        {t('cancel.text', {
          specialty: specialtyName(a.specialty, locale),
          when: format.dateTime(a.start, 'dateTime'),
          patient: a.child?.fullName ?? viewer.fullName,
        })}
      </p>
      <ErrorNote error={errorParam(asked.error)} />
      {a.changeable ? (
        <form action={cancelAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="id" value={a.id} />
          <Button type="submit" variant="danger">
            {t('cancel.confirm')}
          </Button>
          <Link href={ticket} className={secondaryLink}>
            {t('cancel.keep')}
          </Link>
        </form>
      ) : (
        <>
          {!asked.error && (
            <Note>
              <p>{t('ticket.changeClosed', { hours: CHANGE_CLOSES_HOURS })}</p>
            </Note>
          )}
          <p>
            <Link href={ticket}>{t('ticket.title', { number: a.number })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
