'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkVehicleSchema } from '@/lib/registry/schemas';
import type { LinkState } from '../actions';
import { LinkAnswer, useFieldError } from './link-form-parts';

type State = LinkState<'sts'>;
const idle: State = { status: 'idle' };

export function LinkVehicleForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations('cabinet.link');
  const { state, pending, form, formProps } = useActionForm({
    schema: linkVehicleSchema,
    action,
    initialState: idle,
  });
  const errorOf = useFieldError(form);
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <LinkAnswer kind="vehicle" state={state} />
      <Field
        label={t('vehicle.sts')}
        hint={t('vehicle.stsHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        required
        defaultValue={typed.sts}
        error={errorOf('sts')}
        {...form.register('sts')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('submitting') : t('vehicle.submit')}
      </Button>
    </form>
  );
}
