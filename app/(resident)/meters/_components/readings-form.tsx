'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { readingField } from '@/lib/housing/reading-field';
import type { ReadingKind } from '@/lib/housing';
import type { MeterView } from '@/lib/housing/readings-view';
import { idleReadings, type ReadingsState } from '../readings-state';
import { MeterSection } from './meter-views';

type Action = (state: ReadingsState, formData: FormData) => Promise<ReadingsState>;

/** Shown to people as they type it: `123.450` → `123,45` in Russian. */
const shown = (value: string, locale: string) => {
  const trimmed = value.replace(/\.?0+$/, '');
  return locale === 'ru' ? trimmed.replace('.', ',') : trimmed;
};

/**
 * One form for all the apartment's meters of a kind, each meter's fields in its own section. The
 * server answers field errors, a warning step (values far above the norm or the household's own
 * average) or the receipt, which the page shows (`onAccepted`).
 */
export function ReadingsForm({
  kind,
  apartmentId,
  meters,
  action,
  onAccepted,
  locale,
}: {
  kind: ReadingKind;
  apartmentId: string;
  meters: MeterView[];
  action: Action;
  /** Called with the action's answer to a stored submission. */
  onAccepted?: (accepted: NonNullable<ReadingsState['accepted']>) => void;
  locale: string;
}) {
  const t = useTranslations('meters');
  const active = meters.filter((m) => !m.overdue);
  const fields = active.flatMap((m) =>
    Array.from({ length: m.zones }, (_, z) => readingField(m.id, z + 1)),
  );
  const defaults = Object.fromEntries(
    active.flatMap((m) =>
      Array.from({ length: m.zones }, (_, z) => [
        readingField(m.id, z + 1),
        m.submitted?.[z] ? shown(m.submitted[z], locale) : '',
      ]),
    ),
  );
  const fieldList = fields.join(',');
  const schema = useMemo(
    () => () =>
      import('@/lib/housing/reading-form').then((m) =>
        m.readingsFormSchema(fieldList ? fieldList.split(',') : []),
      ),
    [fieldList],
  );
  const { state, pending, form, register, summary, formProps } = useActionForm({
    schema,
    action,
    initialState: idleReadings,
    defaultValues: defaults,
  });
  useEffect(() => {
    if (state.status === 'success' && state.accepted) onAccepted?.(state.accepted);
  }, [state, onAccepted]);
  const errorOf = (name: string): string | undefined => {
    const key = form.getFieldState(name as Path<FieldValues>, form.formState).error?.message;
    return key ? t(`errors.${key}` as 'errors.required') : undefined;
  };
  const typed = state.values ?? {};
  const unit = t(`unit.${kind}`);

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <input type="hidden" name="apartmentId" value={apartmentId} />
      {state.confirmation && (
        <input type="hidden" name="confirmed" value={state.confirmation.token} />
      )}

      <ErrorSummary
        {...summary}
        errorOf={errorOf}
        formError={
          // `fixBelow` only says what the summary's links to the fields say.
          state.status === 'error' &&
          state.formError &&
          state.formError !== 'fixBelow' &&
          (state.formError === 'windowClosed' && state.window
            ? t('errors.windowClosed', {
                opensAt: new Date(state.window.opensAt),
                closesAt: new Date(state.window.closesAt),
              })
            : t(`errors.${state.formError}` as 'errors.notFound'))
        }
      />

      {meters.map((m) => (
        <MeterSection key={m.id} kind={kind} meter={m}>
          {!m.overdue &&
            Array.from({ length: m.zones }, (_, z) => {
              const name = readingField(m.id, z + 1);
              const zone = t(`zone.${z + 1}.${m.zones}` as 'zone.1.1');
              return (
                <Field
                  key={name}
                  label={t('inputZoneLabel', { zone, unit })}
                  // For screen readers the visible label with the meter, which only the heading shows.
                  aria-label={t('inputLabel', {
                    meter: t(`kind.${m.kind}`),
                    serial: m.serialNumber,
                    zone,
                    unit,
                  })}
                  hint={t('inputHint', { value: shown(m.previous.values[z] ?? '0', locale) })}
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={32}
                  className="max-w-sm"
                  defaultValue={typed[name] ?? defaults[name]}
                  error={errorOf(name)}
                  {...register(name)}
                />
              );
            })}
        </MeterSection>
      ))}

      {state.confirmation && (
        <div
          role="alert"
          className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
        >
          <h2 className="font-semibold">{t('confirm.title')}</h2>
          <p>{t('confirm.text')}</p>
          <ul className="list-disc pl-5">
            {state.confirmation.concerns.map((c) => (
              <li key={c.field}>
                {t('confirm.item', {
                  meter:
                    c.zones > 1
                      ? `${t(`kind.${c.kind}`)} ${t(`zone.${c.zone}.${c.zones}` as 'zone.1.1')}`
                      : t(`kind.${c.kind}`),
                  serial: c.serialNumber,
                  value: shown(c.value, locale),
                  consumption: shown(c.consumption, locale),
                  unit,
                })}
                :{' '}
                {c.reasons
                  .map((r) =>
                    t(`confirm.${r}`, {
                      limit: shown(
                        r === 'aboveNorm' ? c.normLimit : (c.averageLimit ?? ''),
                        locale,
                      ),
                      unit,
                    }),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
          <Button type="submit" disabled={pending} className="self-start">
            {t('confirm.submit')}
          </Button>
        </div>
      )}

      {active.length > 0 && !state.confirmation && (
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? t('submitting') : t('submit')}
        </Button>
      )}
    </form>
  );
}
