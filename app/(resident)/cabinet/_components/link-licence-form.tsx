'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { licenceSchema } from '@/lib/fines/licence-schema';
import { useActionForm } from '@/components/forms/use-action-form';
import type { LinkState } from '../actions';
import { LinkAnswer, useFieldError } from './link-form-parts';

type State = LinkState<'number' | 'issuedOn'>;
const idle: State = { status: 'idle' };

export function LinkLicenceForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations('cabinet.link');
  // The browser's clock only spares a round trip; the server checks the date again by its own.
  const schema = useMemo(() => licenceSchema(new Date()), []);
  const { state, pending, form, formProps } = useActionForm({
    schema,
    action,
    initialState: idle,
  });
  const errorOf = useFieldError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <LinkAnswer kind="licence" state={state} />
      <Field
        label={t('licence.number')}
        hint={t('licence.numberHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        required
        defaultValue={typed.number}
        error={errorOf('number')}
        {...form.register('number')}
      />
      <Field
        label={t('licence.issuedOn')}
        hint={t('licence.issuedOnHint')}
        autoComplete="off"
        spellCheck={false}
        maxLength={12}
        required
        defaultValue={typed.issuedOn}
        error={errorOf('issuedOn')}
        {...form.register('issuedOn')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('licence.submit')}
      </Button>
    </form>
  );
}
