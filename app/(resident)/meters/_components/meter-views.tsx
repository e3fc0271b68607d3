import { useFormatter, useTranslations } from 'next-intl';
import { Details } from '@/components/ui/details';
import { calendarDate } from '@/lib/city';
import { sumDecimals } from '@/lib/housing/decimal';
import type { ReadingKind } from '@/lib/housing/window';
import type { HistoryRow, MeterView } from '@/lib/housing/readings-view';

// A meter as the readings pages show it: under one heading that names it, its details, its fields
// (when the window is open) and its history with a chart and a CSV. Rendered on the server for the
// page and again in the browser when a submission's answer brings the new figures.

/**
 * One meter: the heading is the only place its kind and serial number are shown; what is inside
 * refers to it (the fields name the meter for screen readers in their own label).
 */
export function MeterSection({
  kind,
  meter,
  children,
}: {
  kind: ReadingKind;
  meter: MeterView;
  /** The meter's fields in the readings form. */
  children?: React.ReactNode;
}) {
  const t = useTranslations('meters');
  const headingId = `meter-${meter.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
    >
      <h3 id={headingId} className="text-lg font-semibold break-words">
        {t.rich('meterTitle', {
          meter: t(`kind.${meter.kind}`),
          serial: meter.serialNumber,
          // The number is not split from its sign at the end of a line.
          nowrap: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
        })}
      </h3>
      <MeterDetails kind={kind} meter={meter} />
      {children}
      <MeterHistory kind={kind} meter={meter} />
    </article>
  );
}

/** A meter's monthly readings and use: a chart, the table behind it and the CSV download. */
function MeterHistory({ kind, meter: m }: { kind: ReadingKind; meter: MeterView }) {
  const t = useTranslations('meters');
  const format = useFormatter();
  const path = `/meters/${kind}`;
  const unit = t(`unit.${kind}`);
  const volume = (value: string) => format.number(Number(value), 'volume');
  if (m.history.length === 0) return <p>{t('history.none')}</p>;
  return (
    <>
      <ConsumptionChart kind={kind} serialNumber={m.serialNumber} history={m.history} />
      <details>
        <summary className="cursor-pointer font-medium">{t('history.table')}</summary>
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
          <span className="sr-only"> ({t('history.csvFor', { serial: m.serialNumber })})</span>
        </a>
      </p>
    </>
  );
}

/**
 * Verification date, the previous reading, what was accepted; for an overdue meter, why and what to
 * do. Each value under its label on a phone, beside it from `sm` up, so a long one never runs out.
 */
function MeterDetails({ kind, meter }: { kind: ReadingKind; meter: MeterView }) {
  const t = useTranslations('meters');
  const format = useFormatter();
  const unit = t(`unit.${kind}`);
  const volume = (value: string) => `${format.number(Number(value), 'volume')} ${unit}`;
  const zoneLabel = (z: number) =>
    meter.zones > 1 ? `${t(`zone.${z + 1}.${meter.zones}` as 'zone.1.1')}: ` : '';
  const previous = meter.previous.values.map((v, z) => `${zoneLabel(z)}${volume(v)}`).join('; ');
  return (
    <div className="flex flex-col gap-3">
      <Details
        items={[
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

const MONTHS = 12;
/** What fits a phone with its labels at 12 px; the table below the chart has every month. */
const PHONE_MONTHS = 6;

/**
 * A meter's monthly use as bars, newest on the right, with the same figures in a table for screen
 * readers and for anyone who prefers numbers. Bars and labels are HTML, so the text keeps its size
 * however narrow the screen (an SVG scaled to a phone shrank it to 6 px). Multi-rate meters show the
 * sum of their zones in the bars; the table has each zone.
 */
function ConsumptionChart({
  kind,
  serialNumber,
  history,
}: {
  kind: ReadingKind;
  serialNumber: string;
  history: HistoryRow[];
}) {
  const t = useTranslations('meters');
  const format = useFormatter();
  const unit = t(`unit.${kind}`);
  const months = history
    .slice(0, MONTHS)
    .reverse()
    .map((row) => {
      const known = row.consumption.filter((c): c is string => c !== null);
      return {
        period: row.period,
        total: known.length === row.consumption.length ? Number(sumDecimals(known)) : null,
      };
    });
  const volume = (n: number) => format.number(n, 'volume');
  // Rounded for the bar's label, so it fits the bar; the table and the chart's name are exact.
  const rounded = (n: number) => format.number(n, { maximumFractionDigits: n >= 100 ? 0 : 1 });
  const month = (period: string) => format.dateTime(calendarDate(period), { month: 'short' });
  const monthYear = (period: string) => format.dateTime(calendarDate(period), 'monthYear');
  const max = Math.max(0, ...months.map((m) => m.total ?? 0));

  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-medium">{t('history.chartTitle', { unit })}</figcaption>
      {max === 0 ? (
        <p className="text-slate-600">{t('history.chartEmpty')}</p>
      ) : (
        <div
          role="img"
          aria-label={t('history.chartLabel', {
            serial: serialNumber,
            summary: months
              .filter((m) => m.total !== null)
              .map((m) => `${monthYear(m.period)} — ${volume(m.total!)} ${unit}`)
              .join('; '),
          })}
          className="flex max-w-2xl"
        >
          {months.map((m, i) => (
            <div
              key={m.period}
              className={`flex min-w-0 flex-1 flex-col items-center ${
                i < months.length - PHONE_MONTHS ? 'max-sm:hidden' : ''
              }`}
            >
              <div className="flex h-40 w-full flex-col items-center justify-end border-b border-slate-400">
                {m.total !== null && (
                  <>
                    <span className="text-xs text-slate-700 tabular-nums">{rounded(m.total)}</span>
                    <span
                      className="w-3/4 rounded-t-sm bg-brand-700"
                      style={{ height: `${Math.max(1, (m.total / max) * 80)}%` }}
                    />
                  </>
                )}
              </div>
              <span className="mt-1 text-xs text-slate-600">{month(m.period)}</span>
            </div>
          ))}
        </div>
      )}
    </figure>
  );
}
