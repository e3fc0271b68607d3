import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { FormAlert } from '@/components/ui/form-alert';
import type { AppointmentError } from '../appointment-input';

// Server-rendered pieces shared by the appointment pages.

export const card = 'flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6';
export const primaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:no-underline';
export const secondaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline hover:bg-brand-50 hover:no-underline';

export async function BackToAppointments() {
  const t = await getTranslations('health.list');
  return (
    <p>
      <Link href="/health/appointments">
        <span aria-hidden="true">← </span>
        {t('title')}
      </Link>
    </p>
  );
}

/** A refusal brought back by a form's redirect (`?error=`), in the reader's language. */
export async function ErrorNote({ error }: { error: AppointmentError | null }) {
  if (!error) return null;
  const t = await getTranslations('health.errors');
  return (
    <FormAlert>
      <p>{t(error)}</p>
    </FormAlert>
  );
}

/** A note that is neither an error nor a success: why something cannot be chosen, say. */
export function Note({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
      {children}
    </div>
  );
}

export type ShownStatus = 'booked' | 'cancelled' | 'past';

/** What the patient sees: a booking whose time has come is past, whatever the job has yet to record. */
export function shownStatus(a: { status: ShownStatus; start: Date }, now: Date): ShownStatus {
  if (a.status === 'booked') return a.start > now ? 'booked' : 'past';
  return a.status;
}

const tones: Record<ShownStatus, BadgeTone> = {
  booked: 'success',
  cancelled: 'neutral',
  past: 'neutral',
};

/** An appointment's status as a coloured label. */
export async function StatusBadge({ status }: { status: ShownStatus }) {
  const t = await getTranslations('health.list.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
