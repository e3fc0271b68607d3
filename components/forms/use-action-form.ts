'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useMemo, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ActionState } from '@/lib/forms/action-state';

/**
 * A form checked in the browser with the same zod schema the server action uses, then posted to
 * that action. Without JavaScript the form still posts to the action and shows its answer.
 * Field errors from either side are message keys of the `validation` namespace.
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
  });
  const t = useTranslations('validation');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    event.preventDefault();
    void form.handleSubmit(() => {
      const formData = new FormData(element);
      startTransition(() => formAction(formData));
    })(event);
  };

  /** The translated error of a field, if it has one. */
  const errorOf = (name: Path<In>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(key) : undefined;
  };

  return {
    state,
    pending,
    form,
    errorOf,
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}

function serverErrors<In extends FieldValues>(
  fieldErrors: Partial<Record<string, string>>,
): FieldErrors<In> {
  const out: Record<string, { type: string; message: string }> = {};
  for (const [field, message] of Object.entries(fieldErrors))
    if (message) out[field] = { type: 'server', message };
  return out as FieldErrors<In>;
}
