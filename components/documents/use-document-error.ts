'use client';

import { useTranslations } from 'next-intl';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * A field's error in words. The document schemas' messages (lib/registry, lib/fines) are keys of
 * `documents.errors`, so the cabinet and the fine check word a mistake in a document the same way.
 */
export function useDocumentError<In extends FieldValues, Out>(
  form: UseFormReturn<In, unknown, Out>,
) {
  const t = useTranslations('documents.errors');
  return (name: FieldPath<In>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(key) : undefined;
  };
}
