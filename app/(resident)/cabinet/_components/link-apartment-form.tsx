'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkApartmentSchema } from '@/lib/registry/schemas';
import type { LinkState } from '../actions';
import { LinkAnswer, useFieldError } from './link-form-parts';

type State = LinkState<'payerCode' | 'flat'>;
const idle: State = { status: 'idle' };

export function LinkApartmentForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations('cabinet.link');
  const { state, pending, form, formProps } = useActionForm({
    schema: linkApartmentSchema,
    action,
    initialState: idle,
  });
  const errorOf = useFieldError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <LinkAnswer kind="apartment" state={state} />
      <Field
        label={t('apartment.payerCode')}
        hint={t('apartment.payerCodeHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        required
        defaultValue={typed.payerCode}
        error={errorOf('payerCode')}
        {...form.register('payerCode')}
      />
      <Field
        label={t('apartment.flat')}
        hint={t('apartment.flatHint')}
        autoComplete="off"
        maxLength={10}
        required
        className="max-w-48"
        defaultValue={typed.flat}
        error={errorOf('flat')}
        {...form.register('flat')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('apartment.submit')}
      </Button>
    </form>
  );
}
