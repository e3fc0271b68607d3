'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { bookAppointment, cancelAppointment, moveAppointment } from '@/db/queries/appointments';
import { joinWaitlist, leaveWaitlist, takeOffer } from '@/db/queries/waitlist';
import { getViewer } from '@/server/auth/viewer';
import { formValues } from '@/lib/forms/action-state';
import { isSpecialty } from '@/lib/health/specialties';
import { isUuid } from '@/lib/registry/identifiers';
import {
  bookInput,
  bookingHref,
  idInput,
  moveInput,
  patientOfKey,
  waitlistEntryInput,
  waitlistJoinInput,
  waitlistPages,
  type AppointmentError,
} from './appointment-input';

// The appointment forms are plain server-rendered forms, so they work without JavaScript: every
// answer is a redirect, to the ticket on success or back to the form's page with `?error=<key>`.
// The DAL checks the viewer's right to every id it is given; nothing here trusts the page.

async function viewerOrSignIn(returnTo: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** Appointments show on the list, the ticket and the cabinet's "due this month". */
function appointmentsChanged() {
  revalidatePath('/health/appointments', 'layout');
  revalidatePath('/cabinet');
}

/** The booking step a form was posted from, rebuilt from whichever of its fields are well formed. */
function bookingStep(input: Record<string, string>) {
  return {
    patient: input.patient === 'self' || isUuid(input.patient) ? input.patient : undefined,
    specialty: isSpecialty(input.specialty) ? input.specialty : undefined,
    doctor: isUuid(input.doctor) ? input.doctor : undefined,
    day: /^\d{4}-\d{2}-\d{2}$/.test(input.day ?? '') ? input.day : undefined,
  };
}

export async function bookAction(formData: FormData): Promise<void> {
  const input = formValues(formData, 100);
  const step = bookingStep(input);
  const viewer = await viewerOrSignIn(bookingHref(step));
  const parsed = bookInput.safeParse(input);
  if (!parsed.success) redirect(bookingHref({ ...step, error: 'slotNotFound' }));
  const { slotId, patient } = parsed.data;
  const result = await bookAppointment(
    viewer,
    { slotId, patient: patientOfKey(patient) },
    new Date(),
  );
  if (result.ok) {
    appointmentsChanged();
    redirect(`/health/appointments/${result.appointmentId}?booked=1`);
  }
  // The page shows the doctor's remaining free slots under the message.
  const error: AppointmentError = result.error === 'notFound' ? 'slotNotFound' : result.error;
  redirect(bookingHref({ ...step, error }));
}

export async function moveAction(formData: FormData): Promise<void> {
  const input = formValues(formData, 100);
  const id = isUuid(input.appointmentId) ? input.appointmentId : null;
  const page = id ? `/health/appointments/${id}/move` : '/health/appointments';
  const viewer = await viewerOrSignIn(page);
  const parsed = moveInput.safeParse(input);
  const back = (error: AppointmentError) => {
    const query = new URLSearchParams();
    if (parsed.data?.doctor) query.set('doctor', parsed.data.doctor);
    if (parsed.data?.day) query.set('day', parsed.data.day);
    query.set('error', error);
    return `${page}?${query}`;
  };
  if (!parsed.success) redirect(back('slotNotFound'));
  const result = await moveAppointment(viewer, parsed.data, new Date());
  if (result.ok) {
    appointmentsChanged();
    redirect(`/health/appointments/${result.appointmentId}?moved=1`);
  }
  // The move page answers "not found" itself when the appointment is gone; otherwise it was the slot.
  redirect(back(result.error === 'notFound' ? 'slotNotFound' : result.error));
}

export async function cancelAction(formData: FormData): Promise<void> {
  const parsed = idInput.safeParse(formValues(formData, 100));
  const page = parsed.success
    ? `/health/appointments/${parsed.data.id}/cancel`
    : '/health/appointments';
  const viewer = await viewerOrSignIn(page);
  if (!parsed.success) redirect('/health/appointments?error=notFound');
  const result = await cancelAppointment(viewer, parsed.data.id, new Date());
  if (result.ok) {
    appointmentsChanged();
    redirect('/health/appointments?cancelled=1');
  }
  redirect(
    result.error === 'tooLate' ? `${page}?error=tooLate` : '/health/appointments?error=notFound',
  );
}

export async function joinWaitlistAction(formData: FormData): Promise<void> {
  const input = formValues(formData, 100);
  const step = bookingStep(input);
  const viewer = await viewerOrSignIn(bookingHref(step));
  const parsed = waitlistJoinInput.safeParse(input);
  // The booking page explains an unknown patient or specialty by itself.
  if (!parsed.success) redirect(bookingHref(step));
  const result = await joinWaitlist(
    viewer,
    { patient: patientOfKey(parsed.data.patient), specialty: parsed.data.specialty },
    new Date(),
  );
  if (result.ok) {
    revalidatePath('/health/appointments', 'layout');
    redirect(`/health/appointments?joined=1#${result.entryId}`);
  }
  redirect(bookingHref(result.error === 'notFound' ? step : { ...step, error: result.error }));
}

/** Leaving the waitlist and declining an offered slot are one thing to the DAL; the flash differs. */
export async function leaveWaitlistAction(formData: FormData): Promise<void> {
  const input = formValues(formData, 100);
  const parsed = waitlistEntryInput.safeParse(input);
  const page = waitlistPages[parsed.data?.from ?? 'list'];
  const viewer = await viewerOrSignIn(page);
  if (!parsed.success) redirect(`${page}?error=waitlistNotFound`);
  const result = await leaveWaitlist(viewer, parsed.data.id, new Date());
  revalidatePath('/health/appointments', 'layout');
  if (!result.ok) redirect(`${page}?error=waitlistNotFound`);
  redirect(`${page}?${input.declining === '1' ? 'declined' : 'left'}=1`);
}

export async function takeOfferAction(formData: FormData): Promise<void> {
  const parsed = waitlistEntryInput.safeParse(formValues(formData, 100));
  const page = waitlistPages[parsed.data?.from ?? 'list'];
  const viewer = await viewerOrSignIn(page);
  if (!parsed.success) redirect(`${page}?error=waitlistNotFound`);
  const result = await takeOffer(viewer, parsed.data.id, new Date());
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
  redirect(`${page}?error=${error}#${parsed.data.id}`);
}
