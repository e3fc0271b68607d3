'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useId, useMemo, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import type { SummaryFields } from './error-summary';
import { useSummaryFocus } from './use-summary-focus';

/** react-hook-form's `register`, which also gives the input the id the error summary links to. */
export type ActionFormRegister<In extends FieldValues> = <N extends Path<In>>(
  name: N,
  options?: RegisterOptions<In, N>,
) => UseFormRegisterReturn<N> & { id: string };

/**
 * A form checked in the browser with the same zod schema the server action uses, then posted to
 * that action. Without JavaScript the form still posts to the action and shows its answer.
 * Field errors from either side are message keys of the `validation` namespace.
 *
 * A refused submission (by either side) is answered GOV.UK's way: the form renders
 * `<ErrorSummary {...summary} errorOf={errorOf} />` at its top, which lists the fields in error in
 * the schema's order (the order the form shows them) and takes the focus. The form's inputs take
 * `register` from here, which gives each the id the summary links to.
 */
export function useActionForm<In extends FieldValues, Out, S extends ActionState>({
  schema,
  action,
  initialState,
  defaultValues,
}: {
  schema: z.ZodType<Out, In>;
  action: (state: Awaited<S>, formData: FormData) => Promise<S>;
  initialState: Awaited<S>;
  defaultValues?: DefaultValues<In>;
}) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, initialState);
  // Handed to react-hook-form so a server error shows at once (even without JS) and clears when the field is fixed.
  const errors = useMemo(
    () => (state.status === 'error' ? serverErrors<In>(state.fieldErrors) : undefined),
    [state],
  );
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues,
    errors,
    // The focus goes to the error summary, not to the first field in error.
    shouldFocusError: false,
  });
  const t = useTranslations('validation');
  const focus = useSummaryFocus(state);
  const ids = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    event.preventDefault();
    void form.handleSubmit(() => {
      const formData = new FormData(element);
      startTransition(() => formAction(formData));
    }, focus.refused)(event);
  };

  /** The id of a field's input, unique on the page and the same on the server and in the browser. */
  const fieldId = (name: string) => `${ids}${name}`;

  const register: ActionFormRegister<In> = (name, options) => ({
    ...form.register(name, options),
    id: fieldId(name),
  });

  /** The translated error of a field, if it has one. */
  const errorOf = (name: Path<In>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(key) : undefined;
  };

  // Listed once a submission is refused, not as one leaves a field: those the browser's check refused
  // (and any gone wrong since), or those the server did, until each is fixed.
  const { errors: current, isSubmitted, isSubmitSuccessful } = form.formState;
  const refusedHere = isSubmitted && !isSubmitSuccessful;
  const refusedThere = state.status === 'error' ? state.fieldErrors : {};
  const summary: SummaryFields<Path<In>> = {
    ref: focus.ref,
    fields: inOrder(fieldsOf(schema), current)
      .filter((name) => refusedHere || refusedThere[name])
      .map((name) => ({ name: name as Path<In>, id: fieldId(name) })),
  };

  return {
    state,
    pending,
    form,
    register,
    errorOf,
    summary,
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}

/** The schema's fields in the order it lists them (a refined object is still an object). */
function fieldsOf(schema: z.ZodType): string[] {
  const object = schema instanceof z.ZodPipe ? schema.in : schema;
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

/** The fields that have an error: those of the schema in its order, then any other. */
function inOrder(fields: readonly string[], errors: FieldErrors): string[] {
  const others = Object.keys(errors).filter((name) => !fields.includes(name));
  return [...fields, ...others].filter((name) => errors[name]);
}

function serverErrors<In extends FieldValues>(
  fieldErrors: Partial<Record<string, string>>,
): FieldErrors<In> {
  const out: Record<string, { type: string; message: string }> = {};
  for (const [field, message] of Object.entries(fieldErrors))
    if (message) out[field] = { type: 'server', message };
  return out as FieldErrors<In>;
}
