'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useDocumentError } from '@/components/documents/use-document-error';
import { ErrorSummary } from '@/components/forms/error-summary';
import {
  useActionForm,
  type ActionFormRegister,
  type SchemaLoader,
} from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import type { LinkState } from '@/lib/registry/link-state';

// The frame every cabinet link form shares: the error summary (with the registry's answer) above
// the form, the record kind the server's link action reads, the document fields, the submit button.

export type LinkAction<F extends string> = (
  state: LinkState<F>,
  formData: FormData,
) => Promise<LinkState<F>>;

/** What the frame hands its fields. */
export type LinkFields<In extends FieldValues, F extends string> = {
  /** Also gives each input the id the error summary links to. */
  register: ActionFormRegister<In>;
  /** A field's error in words. */
  errorOf: (name: FieldPath<In>) => string | undefined;
  /** What the person typed, when the server answered a page rendered without JavaScript. */
  typed: Partial<Record<F, string>>;
};

export function LinkForm<In extends FieldValues, Out, F extends string>({
  kind,
  schema,
  action,
  recordsPath,
  messages = 'cabinet',
  children,
}: {
  /** The record kind (`apartment`…): the form's hidden field, for the cabinet's one link action. */
  kind: string;
  /** The form's schema, loaded when the form is first used (SchemaLoader). */
  schema: SchemaLoader<In, Out>;
  action: LinkAction<F>;
  /** The linked records' pages (`/cabinet/apartments`): "already in your account" opens one. */
  recordsPath: string;
  /** The namespace of the kind's texts (`link.<kind>.submit`, `errors.<kind>.*`): see LinkKind. */
  messages?: string;
  children: (fields: LinkFields<In, F>) => ReactNode;
}) {
  const t = useTranslations('cabinet.link');
  const own = useTranslations(messages);
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema,
    action,
    initialState: { status: 'idle' },
  });
  const errorOf = useDocumentError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary
        {...summary}
        errorOf={errorOf}
        formError={
          state.status === 'error' &&
          state.formError && (
            <LinkAnswer
              answer={state.formError}
              existingId={state.existingId}
              recordsPath={recordsPath}
              messages={messages}
            />
          )
        }
      />
      <input type="hidden" name="kind" value={kind} />
      {children({ register, errorOf, typed })}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : own(`link.${kind}.submit`)}
      </Button>
    </form>
  );
}

/** The registry's answer (not found, already yours, someone else's), in the error summary. */
function LinkAnswer({
  answer,
  existingId,
  recordsPath,
  messages,
}: {
  /** The state's `formError`. */
  answer: string;
  existingId?: string;
  recordsPath: string;
  messages: string;
}) {
  const t = useTranslations('cabinet');
  const own = useTranslations(messages);
  return (
    <>
      <p>{own(`errors.${answer}`)}</p>
      {existingId && (
        <p className="mt-1">
          <Link href={`${recordsPath}/${existingId}`} className="font-semibold">
            {t('link.alreadyLinkedOpen')}
          </Link>
        </p>
      )}
    </>
  );
}
