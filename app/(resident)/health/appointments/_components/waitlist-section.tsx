import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Details } from '@/components/ui/details';
import { FormAlert } from '@/components/ui/form-alert';
import { OFFER_HOLD_MINUTES } from '@/lib/health/waitlist';
import { resolveLocale } from '@/lib/i18n/config';
import { leaveWaitlistAction, takeOfferAction } from '../actions';
import type { WaitlistPage } from '@/lib/health/appointment-forms';
import type { AppointmentError } from '../appointment-input';
import { card, ErrorNote } from './page-parts';
import { specialtyName } from '@/lib/health/specialties';

export type WaitlistFlash = 'joined' | 'left' | 'declined';

/** One place on a waitlist, as listWaitlist answers it. */
type Entry = {
  id: string;
  specialty: string;
  patient: { fullName: string | null };
  clinicName: string;
  status: 'waiting' | 'offered';
  joinedAt: Date;
  position: number;
  offer: { start: Date; doctorName: string; room: string; expiresAt: Date } | null;
};

/**
 * The viewer's places on waitlists. Each entry's element id is the entry's id: the offer notification
 * links to `/health/appointments/waitlist#<id>`. An offered time can be booked or declined here.
 */
export async function WaitlistSection({
  entries,
  viewerName,
  from,
  heading: Heading,
  flash,
  error,
}: {
  entries: readonly Entry[];
  viewerName: string;
  from: WaitlistPage;
  heading: 'h1' | 'h2';
  flash: WaitlistFlash | null;
  error: AppointmentError | null;
}) {
  const [t, tFlash, format, locale] = await Promise.all([
    getTranslations('health.waitlist'),
    getTranslations('health.list.flash'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  const Sub = Heading === 'h1' ? 'h2' : 'h3';

  return (
    <section aria-labelledby="waitlist" className="flex flex-col gap-3">
      <Heading
        id="waitlist"
        className={Heading === 'h1' ? 'text-2xl font-bold' : 'text-xl font-semibold'}
      >
        {t('title')}
      </Heading>
      <p className="max-w-3xl text-slate-700">{t('intro', { minutes: OFFER_HOLD_MINUTES })}</p>
      {flash && <FormAlert tone="success">{tFlash(flash)}</FormAlert>}
      <ErrorNote error={error} />
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {entries.map((e) => {
            const name = t('entry', {
              specialty: specialtyName(e.specialty, locale),
              patient: e.patient.fullName ?? viewerName,
            });
            const hidden = (
              <>
                <input type="hidden" name="id" value={e.id} />
                <input type="hidden" name="from" value={from} />
              </>
            );
            return (
              <li
                key={e.id}
                id={e.id}
                className={`${card} scroll-mt-4 ${e.offer ? 'border-l-4 border-brand-700' : ''}`}
              >
                <Sub className="text-lg font-semibold">{name}</Sub>
                <Details
                  compact
                  items={[
                    [t('clinic'), e.clinicName],
                    [t('joinedAt'), format.dateTime(e.joinedAt, 'dateTime')],
                    ...(e.status === 'waiting'
                      ? ([[t('position'), String(e.position)]] as const)
                      : []),
                  ]}
                />
                {e.offer ? (
                  <div className="flex flex-col gap-3">
                    <p>
                      <span className="font-semibold">{t('offered')}:</span>{' '}
                      {t('offer', {
                        when: format.dateTime(e.offer.start, 'dateTime'),
                        doctor: e.offer.doctorName,
                        room: e.offer.room,
                      })}
                    </p>
                    <p>
                      {t('offerUntil', {
                        until: format.dateTime(e.offer.expiresAt, {
                          hour: '2-digit',
                          minute: '2-digit',
                          day: 'numeric',
                          month: 'long',
                        }),
                      })}
                    </p>
                    <div className="flex flex-wrap gap-3">
                      <form action={takeOfferAction}>
                        {hidden}
                        <Button type="submit">
                          {t('take')}
                          <span className="sr-only">: {name}</span>
                        </Button>
                      </form>
                      <form action={leaveWaitlistAction}>
                        {hidden}
                        <input type="hidden" name="declining" value="1" />
                        <Button type="submit" variant="secondary">
                          {t('decline')}
                          <span className="sr-only">: {name}</span>
                        </Button>
                      </form>
                    </div>
                  </div>
                ) : (
                  <form action={leaveWaitlistAction}>
                    {hidden}
                    <Button type="submit" variant="secondary">
                      {t('leave')}
                      <span className="sr-only">: {name}</span>
                    </Button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The flash a waitlist form's redirect asked for, if any. */
export function waitlistFlash(asked: Record<string, string | string[] | undefined>) {
  return (['joined', 'left', 'declined'] as const).find((f) => asked[f] === '1') ?? null;
}
