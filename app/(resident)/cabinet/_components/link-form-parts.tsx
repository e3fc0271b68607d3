'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { FormAlert } from '@/components/ui/form-alert';
import type { LinkState, RecordKind } from '../actions';

const recordPaths: Record<RecordKind, string> = {
  apartment: '/cabinet/apartments',
  vehicle: '/cabinet/vehicles',
  licence: '/cabinet/licences',
  child: '/cabinet/children',
};

/** The translated error of a field: the link schemas' messages are keys of `cabinet.errors`. */
export function useFieldError<In extends FieldValues, Out>(form: UseFormReturn<In, unknown, Out>) {
  const t = useTranslations('cabinet.errors');
  return (name: FieldPath<In>): string | undefined => {
    const key = form.getFieldState(name, form.formState).error?.message;
    return key ? t(key) : undefined;
  };
}

/** The registry's answer (not found, already yours, someone else's), above the form. */
export function LinkAnswer({ kind, state }: { kind: RecordKind; state: LinkState<string> }) {
  const t = useTranslations('cabinet');
  if (state.status !== 'error' || !state.formError) return null;
  return (
    <FormAlert>
      <p>{t(`errors.${state.formError}`)}</p>
      {state.existingId && (
        <p className="mt-1">
          <Link href={`${recordPaths[kind]}/${state.existingId}`} className="font-semibold">
            {t('link.alreadyLinkedOpen')}
          </Link>
        </p>
      )}
    </FormAlert>
  );
}
