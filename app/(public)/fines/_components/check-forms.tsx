'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import {
  LicenceIssueDateField,
  LicenceNumberField,
  StsField,
} from '@/components/documents/document-fields';
import { useDocumentError } from '@/components/documents/use-document-error';
import { ErrorSummary, type SummaryFields } from '@/components/forms/error-summary';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { idleCheck, type CheckState } from '../check-state';
import { FineSummary } from './fine-summary';

const schemas = () => import('@/lib/fines/check-schemas');
const checkByVehicleSchema = () => schemas().then((m) => m.checkByVehicleSchema);
const checkByUinSchema = () => schemas().then((m) => m.checkByUinSchema);

// The check by documents: one form per pair of documents, the reason there is no answer in its error
// summary, the answer right under it. The fines found link to their pages with the check's token.

type Action = (state: CheckState, formData: FormData) => Promise<CheckState>;

/**
 * A field's error in words. The documents the cabinet also links (the СТС, the licence and its issue
 * date) are worded once, in `documents.errors`; the plate and the УИН are the fines' own.
 */
function useFieldError<In extends FieldValues, Out>(form: UseFormReturn<In, unknown, Out>) {
  const fines = useTranslations('fines.errors');
  const documentError = useDocumentError(form);
  return (name: FieldPath<In>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key && fines.has(key) ? fines(key) : documentError(name);
  };
}

export function CheckByVehicleForm({ action }: { action: Action }) {
  const t = useTranslations('fines.check');
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema: checkByVehicleSchema,
    action,
    initialState: idleCheck,
  });
  const errorOf = useFieldError(form);
  const typed = state.values ?? {};
  return (
    <>
      <form {...formProps} className="flex flex-col gap-4" aria-label={t('byVehicle')}>
        <FormErrors state={state} {...summary} errorOf={errorOf} />
        <Field
          label={t('plate')}
          hint={t('plateHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          defaultValue={typed.plate}
          error={errorOf('plate')}
          {...register('plate')}
        />
        <StsField inCheck {...register('sts')} error={errorOf('sts')} defaultValue={typed.sts} />
        <Submit pending={pending} />
      </form>
      <CheckAnswer state={state} />
    </>
  );
}

export function CheckByLicenceForm({ action }: { action: Action }) {
  const t = useTranslations('fines.check');
  const schema = useMemo(() => {
    const now = new Date();
    return () => schemas().then((m) => m.checkByLicenceSchema(now));
  }, []);
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema,
    action,
    initialState: idleCheck,
  });
  const errorOf = useFieldError(form);
  const typed = state.values ?? {};
  return (
    <>
      <form {...formProps} className="flex flex-col gap-4" aria-label={t('byLicence')}>
        <FormErrors state={state} {...summary} errorOf={errorOf} />
        <LicenceNumberField
          inCheck
          {...register('number')}
          error={errorOf('number')}
          defaultValue={typed.number}
        />
        <LicenceIssueDateField
          inCheck
          {...register('issuedOn')}
          error={errorOf('issuedOn')}
          defaultValue={typed.issuedOn}
        />
        <Submit pending={pending} />
      </form>
      <CheckAnswer state={state} />
    </>
  );
}

export function CheckByUinForm({ action }: { action: Action }) {
  const t = useTranslations('fines.check');
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema: checkByUinSchema,
    action,
    initialState: idleCheck,
  });
  const errorOf = useFieldError(form);
  const typed = state.values ?? {};
  return (
    <>
      <form {...formProps} className="flex flex-col gap-4" aria-label={t('byUin')}>
        <FormErrors state={state} {...summary} errorOf={errorOf} />
        <Field
          label={t('uin')}
          hint={t('uinHint')}
          autoComplete="off"
          inputMode="numeric"
          spellCheck={false}
          maxLength={40}
          required
          defaultValue={typed.uin}
          error={errorOf('uin')}
          {...register('uin')}
        />
        <Submit pending={pending} />
      </form>
      <CheckAnswer state={state} />
    </>
  );
}

/** The form's error summary: its fields in error and why the documents gave no answer. */
function FormErrors<N extends string>({
  state,
  ...summary
}: SummaryFields<N> & { state: CheckState; errorOf: (name: N) => string | undefined }) {
  const errors = useTranslations('fines.errors');
  const formError = state.status === 'error' ? state.formError : undefined;
  return <ErrorSummary {...summary} formError={formError && errors(formError)} />;
}

function Submit({ pending }: { pending: boolean }) {
  const t = useTranslations('fines.check');
  return (
    <Button type="submit" disabled={pending} className="self-start">
      {pending ? t('checking') : t('submit')}
    </Button>
  );
}

function CheckAnswer({ state }: { state: CheckState }) {
  const t = useTranslations('fines.check');
  if (state.status !== 'success' || !state.fines) return null;
  const fines = state.fines;
  return (
    <section aria-labelledby="check-answer" className="flex flex-col gap-3" aria-live="polite">
      <h3 id="check-answer" className="text-lg font-semibold">
        {fines.length === 0 ? t('noneFound') : t('found', { count: fines.length })}
      </h3>
      {fines.length > 0 && (
        <>
          <ul className="flex flex-col gap-3">
            {fines.map((fine) => (
              <li key={fine.id}>
                <FineSummary
                  fine={fine}
                  href={`/fines/${fine.id}?t=${encodeURIComponent(fine.accessToken)}`}
                />
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">{t('howToPay')}</p>
        </>
      )}
    </section>
  );
}
