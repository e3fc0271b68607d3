'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkChildSchema } from '@/lib/registry/schemas';
import type { LinkState } from '../actions';
import { LinkAnswer, useFieldError } from './link-form-parts';

type State = LinkState<'birthCertificate' | 'confirmRepresentative'>;
const idle: State = { status: 'idle' };

export function LinkChildForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations('cabinet.link');
  const { state, pending, form, formProps } = useActionForm({
    schema: linkChildSchema,
    action,
    initialState: idle,
  });
  const errorOf = useFieldError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  const confirmId = useId();
  const confirmError = errorOf('confirmRepresentative');
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <LinkAnswer kind="child" state={state} />
      <Field
        label={t('child.birthCertificate')}
        hint={t('child.birthCertificateHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        required
        defaultValue={typed.birthCertificate}
        error={errorOf('birthCertificate')}
        {...form.register('birthCertificate')}
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-start gap-3">
          <input
            id={confirmId}
            type="checkbox"
            className="mt-1 size-5 shrink-0 accent-brand-700"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={`${confirmId}-hint${confirmError ? ` ${confirmId}-error` : ''}`}
            defaultChecked={typed.confirmRepresentative === 'on'}
            {...form.register('confirmRepresentative')}
          />
          <label htmlFor={confirmId} className="font-medium">
            {t('child.confirmRepresentative')}
          </label>
        </div>
        <p id={`${confirmId}-hint`} className="text-sm text-slate-600">
          {t('child.confirmRepresentativeHint')}
        </p>
        {confirmError && (
          <p id={`${confirmId}-error`} className="text-sm font-medium text-accent-600">
            {confirmError}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('child.submit')}
      </Button>
    </form>
  );
}
