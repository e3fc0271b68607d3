'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { bookAppointment, cancelAppointment, moveAppointment } from '@/db/queries/appointments';
import { joinWaitlist, leaveWaitlist, takeOffer } from '@/db/queries/waitlist';
import {
  bookInput,
  idInput,
  moveInput,
  patientOfKey,
  waitlistEntryInput,
  waitlistJoinInput,
  waitlistPages,
} from '@/lib/health/appointment-forms';
import { isSpecialty } from '@/lib/health/specialties';
import { isUuid } from '@/lib/registry/identifiers';
import { formAction, type FormValues } from '@/server/action';
import { bookingHref, type AppointmentError } from './appointment-input';

// The appointment forms are plain server-rendered forms, so they work without JavaScript: every
// answer is a redirect, to the ticket on success or back to the form's page with `?error=<key>`.
// The DAL checks the viewer's right to every id it is given; nothing here trusts the page.

/** Appointments show on the list, the ticket and the cabinet's "due this month". */
function appointmentsChanged() {
  revalidatePath('/health/appointments', 'layout');
  revalidatePath('/cabinet');
}

/** The booking step a form was posted from, rebuilt from whichever of its fields are well formed. */
function bookingStep(values: FormValues) {
  return {
    patient: values.patient === 'self' || isUuid(values.patient) ? values.patient : undefined,
    specialty: isSpecialty(values.specialty) ? values.specialty : undefined,
    doctor: isUuid(values.doctor) ? values.doctor : undefined,
    day: /^\d{4}-\d{2}-\d{2}$/.test(values.day ?? '') ? values.day : undefined,
  };
}

const bookingPage = (values: FormValues) => bookingHref(bookingStep(values));

/** The move page of the appointment a form names, or the list when it names none. */
const movePage = (values: FormValues) =>
  isUuid(values.appointmentId)
    ? `/health/appointments/${values.appointmentId}/move`
    : '/health/appointments';

/** The waitlist page a waitlist form was on. */
const waitlistPage = (values: FormValues) =>
  waitlistPages[waitlistEntryInput.safeParse(values).data?.from ?? 'list'];

export const bookAction = formAction({
  access: { signIn: bookingPage },
  schema: bookInput,
  maxLength: 100,
  invalid: (_errors, { values }) =>
    redirect(bookingHref({ ...bookingStep(values), error: 'slotNotFound' })),
  async handler({ slotId, patient }, { viewer, values, now }) {
    const result = await bookAppointment(viewer, { slotId, patient: patientOfKey(patient) }, now);
    if (result.ok) {
      appointmentsChanged();
      redirect(`/health/appointments/${result.appointmentId}?booked=1`);
    }
    // The page shows the doctor's remaining free slots under the message.
    const error: AppointmentError = result.error === 'notFound' ? 'slotNotFound' : result.error;
    redirect(bookingHref({ ...bookingStep(values), error }));
  },
});

export const moveAction = formAction({
  access: { signIn: movePage },
  schema: moveInput,
  maxLength: 100,
  invalid: (_errors, { values }) => redirect(`${movePage(values)}?error=slotNotFound`),
  async handler(input, { viewer, values, now }) {
    const result = await moveAppointment(viewer, input, now);
    if (result.ok) {
      appointmentsChanged();
      redirect(`/health/appointments/${result.appointmentId}?moved=1`);
    }
    // The move page answers "not found" itself when the appointment is gone; otherwise it was the slot.
    const query = new URLSearchParams();
    if (input.doctor) query.set('doctor', input.doctor);
    if (input.day) query.set('day', input.day);
    query.set('error', result.error === 'notFound' ? 'slotNotFound' : result.error);
    redirect(`${movePage(values)}?${query}`);
  },
});

export const cancelAction = formAction({
  access: {
    signIn: (values) =>
      isUuid(values.id) ? `/health/appointments/${values.id}/cancel` : '/health/appointments',
  },
  schema: idInput,
  maxLength: 100,
  invalid: () => redirect('/health/appointments?error=notFound'),
  async handler({ id }, { viewer, now }) {
    const result = await cancelAppointment(viewer, id, now);
    if (result.ok) {
      appointmentsChanged();
      redirect('/health/appointments?cancelled=1');
    }
    redirect(
      result.error === 'tooLate'
        ? `/health/appointments/${id}/cancel?error=tooLate`
        : '/health/appointments?error=notFound',
    );
  },
});

export const joinWaitlistAction = formAction({
  access: { signIn: bookingPage },
  schema: waitlistJoinInput,
  maxLength: 100,
  // The booking page explains an unknown patient or specialty by itself.
  invalid: (_errors, { values }) => redirect(bookingPage(values)),
  async handler({ patient, specialty }, { viewer, values, now }) {
    const result = await joinWaitlist(viewer, { patient: patientOfKey(patient), specialty }, now);
    if (result.ok) {
      revalidatePath('/health/appointments', 'layout');
      redirect(`/health/appointments?joined=1#${result.entryId}`);
    }
    const step = bookingStep(values);
    redirect(bookingHref(result.error === 'notFound' ? step : { ...step, error: result.error }));
  },
});

/** Leaving the waitlist and declining an offered slot are one thing to the DAL; the flash differs. */
export const leaveWaitlistAction = formAction({
  access: { signIn: waitlistPage },
  schema: waitlistEntryInput,
  maxLength: 100,
  invalid: (_errors, { values }) => redirect(`${waitlistPage(values)}?error=waitlistNotFound`),
  async handler({ id, from }, { viewer, values, now }) {
    const page = waitlistPages[from];
    const result = await leaveWaitlist(viewer, id, now);
    revalidatePath('/health/appointments', 'layout');
    if (!result.ok) redirect(`${page}?error=waitlistNotFound`);
    redirect(`${page}?${values.declining === '1' ? 'declined' : 'left'}=1`);
  },
});

export const takeOfferAction = formAction({
  access: { signIn: waitlistPage },
  schema: waitlistEntryInput,
  maxLength: 100,
  invalid: (_errors, { values }) => redirect(`${waitlistPage(values)}?error=waitlistNotFound`),
  async handler({ id, from }, { viewer, now }) {
    const page = waitlistPages[from];
    const result = await takeOffer(viewer, id, now);
    if (result.ok) {
      appointmentsChanged();
      redirect(`/health/appointments/${result.appointmentId}?booked=1`);
    }
    revalidatePath('/health/appointments', 'layout');
    const error: AppointmentError =
      result.error === 'notFound'
        ? 'waitlistNotFound'
        : result.error === 'slotTaken'
          ? 'offerTaken'
          : result.error;
    redirect(`${page}?error=${error}#${id}`);
  },
});
