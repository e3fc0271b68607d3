'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useId, useMemo, useState, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type Resolver,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';
import type { SummaryFields } from './error-summary';
import { useSummaryFocus } from './use-summary-focus';

/**
 * A form's schema, loaded the first time the form is touched or checked: `() =>
 * import('@/lib/…/schemas').then((m) => m.someSchema)`. Zod and the resolver are then a chunk of their
 * own, downloaded as the person starts filling the form instead of with every page that has one
 * (decision 032). A form's module must not import anything else of a schema module but its types.
 */
export type SchemaLoader<In extends FieldValues, Out> = () => Promise<z.ZodType<Out, In>>;

/** react-hook-form's `register`, which also gives the input the id the error summary links to. */
export type ActionFormRegister<In extends FieldValues> = <N extends Path<In>>(
  name: N,
  options?: RegisterOptions<In, N>,
) => UseFormRegisterReturn<N> & { id: string };

/**
 * A form checked in the browser with the same zod schema the server action uses (loaded as it is
 * first needed), then posted to that action. Without JavaScript the form still posts to the action and shows its answer.
 * Field errors from either side are message keys of the `validation` namespace.
 *
 * A refused submission (by either side) is answered GOV.UK's way: the form renders
 * `<ErrorSummary {...summary} errorOf={errorOf} />` at its top, which lists the fields in error in
 * the order the form shows them (the order it registers them) and takes the focus. The form's inputs take
 * `register` from here, which gives each the id the summary links to.
 */
export function useActionForm<In extends FieldValues, Out, S extends ActionState>({
  schema,
  action,
  initialState,
  defaultValues,
}: {
  schema: SchemaLoader<In, Out>;
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
  const resolver = useMemo(() => lazyResolver(schema), [schema]);
  const form = useForm<In, unknown, Out>({
    resolver: resolver.check,
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

  // The fields in the order the form renders them, for the error summary: the form registers its
  // fields as it renders, the same ones in the same order every time.
  const [order] = useState<string[]>(() => []);
  const register: ActionFormRegister<In> = (name, options) => {
    if (!order.includes(name)) order.push(name);
    return { ...form.register(name, options), id: fieldId(name) };
  };

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
    fields: inOrder(order, current)
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
    // The schema starts loading as soon as the person is in the form.
    formProps: { action: formAction, onSubmit, onFocus: resolver.load, noValidate: true },
  };
}

/** react-hook-form's zod resolver for a schema that is loaded on first use (or on `load()`). */
function lazyResolver<In extends FieldValues, Out>(schema: SchemaLoader<In, Out>) {
  let ready: Promise<Resolver<In, unknown, Out>> | undefined;
  const load = () =>
    (ready ??= Promise.all([schema(), import('@hookform/resolvers/zod')]).then(
      ([loaded, { zodResolver }]) => zodResolver(loaded),
    ));
  const check: Resolver<In, unknown, Out> = async (values, context, options) => {
    const resolve = await load().catch(() => {
      ready = undefined;
      return null;
    });
    // The schema could not be downloaded (the connection dropped): the server checks the form,
    // with the same schema, and answers in the form.
    if (!resolve) return { values: values as unknown as Out, errors: {} };
    return resolve(values, context, options);
  };
  return {
    check,
    load: () => {
      // A failed download is tried again at the next check.
      load().catch(() => (ready = undefined));
    },
  };
}

/** The fields that have an error: those the form shows in its order, then any other. */
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
