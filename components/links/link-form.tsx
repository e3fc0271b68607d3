'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldPath, FieldValues, UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { useDocumentError } from '@/components/documents/use-document-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { LinkState } from '@/lib/registry/link-state';

// The frame every cabinet link form shares: the registry's answer above the form, the record kind
// the server's link action reads, the document fields, the submit button.

export type LinkAction<F extends string> = (
  state: LinkState<F>,
  formData: FormData,
) => Promise<LinkState<F>>;

/** What the frame hands its fields. */
export type LinkFields<In extends FieldValues, F extends string> = {
  register: UseFormRegister<In>;
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
  schema: z.ZodType<Out, In>;
  action: LinkAction<F>;
  /** The linked records' pages (`/cabinet/apartments`): "already in your account" opens one. */
  recordsPath: string;
  /** The namespace of the kind's texts (`link.<kind>.submit`, `errors.<kind>.*`): see LinkKind. */
  messages?: string;
  children: (fields: LinkFields<In, F>) => ReactNode;
}) {
  const t = useTranslations('cabinet.link');
  const own = useTranslations(messages);
  const { state, pending, form, formProps } = useActionForm({
    schema,
    action,
    initialState: { status: 'idle' },
  });
  const errorOf = useDocumentError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <LinkAnswer state={state} recordsPath={recordsPath} messages={messages} />
      <input type="hidden" name="kind" value={kind} />
      {children({ register: form.register, errorOf, typed })}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : own(`link.${kind}.submit`)}
      </Button>
    </form>
  );
}

/** The registry's answer (not found, already yours, someone else's), above the form. */
function LinkAnswer({
  state,
  recordsPath,
  messages,
}: {
  state: LinkState;
  recordsPath: string;
  messages: string;
}) {
  const t = useTranslations('cabinet');
  const own = useTranslations(messages);
  if (state.status !== 'error' || !state.formError) return null;
  return (
    <FormAlert>
      <p>{own(`errors.${state.formError}`)}</p>
      {state.existingId && (
        <p className="mt-1">
          <Link href={`${recordsPath}/${state.existingId}`} className="font-semibold">
            {t('link.alreadyLinkedOpen')}
          </Link>
        </p>
      )}
    </FormAlert>
  );
}
