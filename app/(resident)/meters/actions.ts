'use server';

import { submitReadings, type ReadingKind } from '@/db/queries/readings';
import {
  confirmationToken,
  readingField,
  readingsEnvelopeSchema,
  typedReadings,
} from '@/lib/housing/reading-form';
import { stateAction, type FormValues } from '@/server/action';
import type { ReadingsState } from './readings-state';

// The readings form of /meters/water and /meters/electricity. Field errors and `formError` are keys
// of `meters.errors`; each value is parsed again by the data access layer with the same rule.

/** What was typed, in the form's own field names; 4 meters × 3 zones at most. */
function typedOf(values: FormValues) {
  const readings = typedReadings(values).slice(0, 12);
  const typed = Object.fromEntries(readings.map((r) => [readingField(r.meterId, r.zone), r.value]));
  return { readings, typed };
}

const submitReadingsAction = (kind: ReadingKind) =>
  stateAction({
    access: { signIn: `/meters/${kind}` },
    schema: readingsEnvelopeSchema,
    maxLength: 2000,
    invalid: (_fieldErrors, { values }): ReadingsState => ({
      status: 'error',
      fieldErrors: {},
      formError: 'notFound',
      values: typedOf(values).typed,
    }),
    async handler(envelope, { viewer, values, now }): Promise<ReadingsState> {
      const { readings, typed } = typedOf(values);
      const token = confirmationToken(readings);
      const result = await submitReadings(
        viewer,
        kind,
        {
          apartmentId: envelope.apartmentId,
          readings,
          confirmed: envelope.confirmed === token,
        },
        now,
      );
      // The answer carries what the page shows after a submission, instead of the page rendered again
      // (which would cost several times the submission itself at the month-end peak).
      if (result.ok)
        return {
          status: 'success',
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
    },
  });

export const submitWaterReadingsAction = submitReadingsAction('water');

export const submitElectricityReadingsAction = submitReadingsAction('electricity');
