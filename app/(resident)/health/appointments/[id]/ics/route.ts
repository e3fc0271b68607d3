import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getAppointment } from '@/db/queries/appointments';
import { requireViewer } from '@/server/auth/viewer';
import { appointmentIcs } from '@/lib/health/ics';
import { resolveLocale } from '@/lib/i18n/config';
import { specialtyName } from '@/lib/health/specialties';

/** The ticket as a calendar event, in the page's language; only for an appointment still to come. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/health/appointments/${encodeURIComponent(id)}`);
  const now = new Date();
  const appointment = await getAppointment(viewer, id, now);
  if (!appointment || appointment.status !== 'booked' || appointment.start <= now) notFound();
  const [t, locale] = await Promise.all([
    getTranslations('health.ticket'),
    getLocale().then(resolveLocale),
  ]);
  const a = appointment;
  const specialty = specialtyName(a.specialty, locale);
  const ics = appointmentIcs({
    // Stable across downloads, so a calendar updates the event rather than adding a second one.
    uid: `${a.id}@moygorod`,
    start: a.start,
    minutes: a.minutes,
    summary: t('calendarSummary', { specialty }),
    location: t('calendarLocation', {
      clinic: a.clinicName,
      address: a.clinicAddress,
      room: a.room,
    }),
    description: t('calendarDescription', {
      number: a.number,
      doctor: a.doctorName,
      room: a.room,
      patient: a.child?.fullName ?? viewer.fullName,
    }),
    stamp: now,
  });
  const fileName = `appointment-${a.number.replace(/[^0-9-]/g, '').replace(/^-+/, '')}.ics`;
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
