import 'server-only';
import { listAppointments } from '@/db/queries/appointments';
import { appointmentDueDeadline, appointmentsDue, type AppointmentDueItem } from '@/lib/health/due';
import { specialtyName } from '@/lib/health/specialties';
import { dueCardTexts } from '@/services/due-cards';
import type { DueSource } from '@/services/types';

/** Health's «due this month»: the appointments of the next 30 days, the children's included. */
export const healthDueSource: DueSource<AppointmentDueItem> = {
  types: ['appointment'],
  async list(viewer, now) {
    return appointmentsDue((await listAppointments(viewer, now)).upcoming, now);
  },
  deadline: appointmentDueDeadline,
  async card(item) {
    const { t, format, locale } = await dueCardTexts();
    return {
      key: `appointment-${item.appointmentId}`,
      href: '/health/appointments',
      title: t('appointment.title', { specialty: specialtyName(item.specialty, locale) }),
      badge: null,
      address: item.clinicName,
      details: [
        t('appointment.when', { date: format.dateTime(item.start, 'dateTime') }),
        t('appointment.doctor', { doctor: item.doctorName, room: item.room }),
        ...(item.childName ? [t('appointment.patient', { name: item.childName })] : []),
      ],
      event: { start: item.start, minutes: item.minutes },
    };
  },
};
