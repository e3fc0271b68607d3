'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { DocumentFieldProps } from './document-fields';

/**
 * "I am this child's legal representative": a checkbox, with the hint and the error announced with it.
 * `defaultValue` is what the form posted: `'on'` when the box was ticked.
 */
export function RepresentativeConfirmation({ error, defaultValue, ...props }: DocumentFieldProps) {
  const t = useTranslations('documents.representative');
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          defaultChecked={defaultValue === 'on'}
          {...props}
        />
        <label htmlFor={id} className="font-medium">
          {t('label')}
        </label>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t('hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
          {error}
        </p>
      )}
    </div>
  );
}
