import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getReadingsOverview, type MeterView, type ReadingKind } from '@/db/queries/readings';
import { requireViewer } from '@/lib/auth/viewer';
import { calendarDate } from '@/lib/cabinet/format';
import type { ReadingsState } from './readings-state';
import { ConsumptionChart } from './consumption-chart';
import { ReadingsForm, type FormMeter } from './_components/readings-form';

type Action = (state: ReadingsState, formData: FormData) => Promise<ReadingsState>;

/** /meters/water and /meters/electricity: the chosen apartment's meters, the form and the history. */
export async function ReadingsPage({
  kind,
  apartment: asked,
  action,
}: {
  kind: ReadingKind;
  apartment: string | string[] | undefined;
  action: Action;
}) {
  const path = `/meters/${kind}`;
  const apartmentId = typeof asked === 'string' && asked !== '' ? asked : undefined;
  const viewer = await requireViewer(
    apartmentId ? `${path}?apartment=${encodeURIComponent(apartmentId)}` : path,
  );
  const [overview, t, format, locale] = await Promise.all([
    getReadingsOverview(viewer, kind, apartmentId, new Date()),
    getTranslations('meters'),
    getFormatter(),
    getLocale(),
  ]);
  if (!overview) notFound();
  const { window, apartment } = overview;
  const unit = t(`unit.${kind}`);
  const volume = (value: string) => format.number(Number(value), 'volume');
  const period = calendarDate(window.period);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t(`title.${kind}`)}</h1>
        <p className="text-slate-700">{t(`intro.${kind}`)}</p>
      </header>

      {!apartment ? (
        <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <p>{t('noApartment')}</p>
          <p>
            <Link href="/cabinet/link/apartment" className="font-semibold">
              {t('linkApartment')}
            </Link>
          </p>
        </section>
      ) : (
        <>
          {overview.apartments.length > 1 && (
            <nav aria-label={t('chooseApartment')}>
              <ul className="flex flex-wrap gap-2">
                {overview.apartments.map((a) => {
                  const current = a.id === apartment.id;
                  return (
                    <li key={a.id}>
                      <Link
                        href={`${path}?apartment=${a.id}`}
                        aria-current={current ? 'page' : undefined}
                        className={`inline-flex min-h-11 items-center rounded-md border px-3 py-2 text-sm font-medium ${
                          current
                            ? 'border-brand-700 bg-brand-700 text-white'
                            : 'border-brand-100 bg-brand-50'
                        }`}
                      >
                        {t('apartment', { building: a.building, flat: a.flat })}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}

          <section
            aria-labelledby="readings-form-title"
            className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id="readings-form-title" className="text-xl font-semibold">
              {t('apartment', { building: apartment.building, flat: apartment.flat })}
            </h2>
            <div className="flex flex-col gap-1">
              <p className="font-medium">
                {window.open
                  ? t('window.open', { period, closesAt: window.closesAt })
                  : t('window.closed', {
                      period,
                      opensAt: window.opensAt,
                      closesAt: window.closesAt,
                    })}
              </p>
              <p className="text-sm text-slate-600">{t(`window.rule.${kind}`)}</p>
            </div>
            {overview.receipt && (
              <p role="status" className="rounded-md bg-green-50 px-4 py-3 text-green-900">
                {t('receipt', {
                  period,
                  submittedAt: overview.receipt.submittedAt,
                  number: overview.receipt.number,
                })}{' '}
                {window.open && t('correctionHint')}
              </p>
            )}
            {overview.meters.length === 0 ? (
              <p>{t(`noMeters.${kind}`)}</p>
            ) : window.open ? (
              <ReadingsForm
                kind={kind}
                apartmentId={apartment.id}
                locale={locale}
                action={action}
                meters={overview.meters.map((m): FormMeter => ({
                  id: m.id,
                  kind: m.kind,
                  serialNumber: m.serialNumber,
                  zones: m.zones,
                  overdue: m.overdue,
                  previous: m.previous.values,
                  submitted: m.submitted,
                  details: <MeterDetails kind={kind} meter={m} />,
                }))}
              />
            ) : (
              <ul className="flex flex-col gap-3">
                {overview.meters.map((m) => (
                  <li
                    key={m.id}
                    className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4"
                  >
                    <h3 className="font-semibold">
                      {t(`kind.${m.kind}`)}, № {m.serialNumber}
                    </h3>
                    <MeterDetails kind={kind} meter={m} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {overview.meters.length > 0 && (
            <section aria-labelledby="history-title" className="flex flex-col gap-4">
              <h2 id="history-title" className="text-xl font-semibold">
                {t('history.title')}
              </h2>
              {overview.meters.map((m) => (
                <article
                  key={m.id}
                  aria-labelledby={`history-${m.id}`}
                  className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6"
                >
                  <h3 id={`history-${m.id}`} className="font-semibold">
                    {t(`kind.${m.kind}`)}, № {m.serialNumber}
                  </h3>
                  {m.history.length === 0 ? (
                    <p>{t('history.none')}</p>
                  ) : (
                    <>
                      <ConsumptionChart
                        kind={kind}
                        serialNumber={m.serialNumber}
                        history={m.history}
                      />
                      <details>
                        <summary className="cursor-pointer font-medium">
                          {t('history.table')}
                        </summary>
                        <div className="mt-2 overflow-x-auto">
                          <table className="w-full text-left text-sm">
                            <thead>
                              <tr className="border-b border-slate-300">
                                <th scope="col" className="py-2 pr-4">
                                  {t('history.period')}
                                </th>
                                {Array.from({ length: m.zones }, (_, z) => (
                                  <th key={`v${z}`} scope="col" className="py-2 pr-4">
                                    {t('history.value')}
                                    {m.zones > 1 && ` T${z + 1}`}, {unit}
                                  </th>
                                ))}
                                {Array.from({ length: m.zones }, (_, z) => (
                                  <th key={`c${z}`} scope="col" className="py-2 pr-4">
                                    {t('history.consumption')}
                                    {m.zones > 1 && ` T${z + 1}`}, {unit}
                                  </th>
                                ))}
                              </tr>
                            </thead>
                            <tbody>
                              {m.history.map((row) => (
                                <tr key={row.period} className="border-b border-slate-200">
                                  <th scope="row" className="py-1 pr-4 font-normal">
                                    {format.dateTime(calendarDate(row.period), 'monthYear')}
                                  </th>
                                  {row.values.map((v, z) => (
                                    <td key={`v${z}`} className="py-1 pr-4 tabular-nums">
                                      {v ? volume(v) : '—'}
                                    </td>
                                  ))}
                                  {row.consumption.map((c, z) => (
                                    <td key={`c${z}`} className="py-1 pr-4 tabular-nums">
                                      {c === null ? '—' : volume(c)}
                                    </td>
                                  ))}
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </div>
                      </details>
                      <p>
                        <a href={`${path}/${m.id}/csv`} download>
                          {t('history.csv')}
                          <span className="sr-only">
                            {' '}
                            ({t('history.csvFor', { serial: m.serialNumber })})
                          </span>
                        </a>
                      </p>
                    </>
                  )}
                </article>
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** Serial number, verification date, the previous reading; for an overdue meter, why and what to do. */
async function MeterDetails({ kind, meter }: { kind: ReadingKind; meter: MeterView }) {
  const [t, format] = await Promise.all([getTranslations('meters'), getFormatter()]);
  const unit = t(`unit.${kind}`);
  const volume = (value: string) => `${format.number(Number(value), 'volume')} ${unit}`;
  const zoneLabel = (z: number) =>
    meter.zones > 1 ? `${t(`zone.${z + 1}.${meter.zones}` as 'zone.1.1')}: ` : '';
  const previous = meter.previous.values.map((v, z) => `${zoneLabel(z)}${volume(v)}`).join('; ');
  return (
    <div className="flex flex-col gap-2">
      <Details
        items={[
          [t('serial'), meter.serialNumber],
          ...(kind === 'electricity'
            ? ([[t('type'), t('zoneCount', { zones: meter.zones })]] as const)
            : []),
          [t('verifiedUntil'), format.dateTime(calendarDate(meter.verifiedUntil), 'long')],
          [
            t('previous'),
            meter.previous.period
              ? t('previousPeriod', {
                  value: previous,
                  period: calendarDate(meter.previous.period),
                })
              : t('previousInitial', { value: previous }),
          ],
          ...(meter.submitted
            ? ([
                [
                  t('submitted'),
                  meter.submitted.map((v, z) => `${zoneLabel(z)}${v ? volume(v) : '—'}`).join('; '),
                ],
              ] as const)
            : []),
        ]}
      />
      {meter.overdue && (
        <div className="rounded-md border-l-4 border-accent-600 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{t('overdue.title')}</p>
          <p>{t('overdue.text', { date: calendarDate(meter.verifiedUntil) })}</p>
          <p className="mt-1">{t('overdue.whatToDo')}</p>
        </div>
      )}
    </div>
  );
}

function Details({ items }: { items: readonly (readonly [string, string])[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
