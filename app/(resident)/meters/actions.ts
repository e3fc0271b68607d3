'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { submitReadings, type ReadingKind } from '@/db/queries/readings';
import { getViewer } from '@/server/auth/viewer';
import { formValues } from '@/lib/forms/action-state';
import { confirmationToken, readingField, typedReadings } from '@/lib/housing/reading-form';
import type { ReadingsState } from './readings-state';

// The readings form of /meters/water and /meters/electricity. Field errors and `formError` are keys
// of `meters.errors`; each value is parsed again by the data access layer with the same rule.

const envelope = z.object({
  apartmentId: z.uuid(),
  /** The values the resident confirmed on the warning step (see confirmationToken). */
  confirmed: z.string().max(2000).optional(),
});

async function submit(
  kind: ReadingKind,
  formData: FormData,
  now = new Date(),
): Promise<ReadingsState> {
  const path = `/meters/${kind}`;
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(path)}`);
  // 4 meters × 3 zones at most; a forged form with thousands of fields is cut short.
  const values = formValues(formData, 2000);
  const readings = typedReadings(values).slice(0, 12);
  const typed = Object.fromEntries(readings.map((r) => [readingField(r.meterId, r.zone), r.value]));
  const parsed = envelope.safeParse(values);
  if (!parsed.success)
    return { status: 'error', fieldErrors: {}, formError: 'notFound', values: typed };

  const token = confirmationToken(readings);
  const result = await submitReadings(
    viewer,
    kind,
    {
      apartmentId: parsed.data.apartmentId,
      readings,
      confirmed: parsed.data.confirmed === token,
    },
    now,
  );
  // The answer carries what the page shows after a submission, instead of the page rendered again
  // (which would cost several times the submission itself at the month-end peak).
  if (result.ok)
    return {
      status: 'success',
      receiptNumber: result.receiptNumber,
      values: typed,
      accepted: {
        meters: result.meters,
        receipt: { number: result.receiptNumber, submittedAt: result.submittedAt },
      },
    };
  switch (result.error) {
    case 'invalid':
      return {
        status: 'error',
        fieldErrors: result.fieldErrors,
        formError: 'fixBelow',
        values: typed,
      };
    case 'needsConfirmation':
      return {
        status: 'error',
        fieldErrors: {},
        confirmation: { concerns: result.concerns, token },
        values: typed,
      };
    case 'windowClosed':
      return {
        status: 'error',
        fieldErrors: {},
        formError: 'windowClosed',
        window: {
          opensAt: result.window.opensAt.toISOString(),
          closesAt: result.window.closesAt.toISOString(),
        },
        values: typed,
      };
    default:
      return { status: 'error', fieldErrors: {}, formError: 'notFound', values: typed };
  }
}

export async function submitWaterReadingsAction(
  _previous: ReadingsState,
  formData: FormData,
): Promise<ReadingsState> {
  return submit('water', formData);
}

export async function submitElectricityReadingsAction(
  _previous: ReadingsState,
  formData: FormData,
): Promise<ReadingsState> {
  return submit('electricity', formData);
}
