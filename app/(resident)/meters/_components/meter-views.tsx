import { useFormatter, useTranslations } from 'next-intl';
import { Details } from '@/components/ui/details';
import { calendarDate } from '@/lib/city';
import { sumDecimals, type ReadingKind } from '@/lib/housing';
import type { HistoryRow, MeterView } from '@/lib/housing/readings-view';

// A meter as the readings pages show it: its details, its history with a chart and a CSV. Rendered on
// the server for the page and again in the browser when a submission's answer brings the new figures.

/** A meter's monthly readings and use: a chart, the table behind it and the CSV download. */
export function MeterHistory({ kind, meter: m }: { kind: ReadingKind; meter: MeterView }) {
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

/** Serial number, verification date, the previous reading; for an overdue meter, why and what to do. */
export function MeterDetails({ kind, meter }: { kind: ReadingKind; meter: MeterView }) {
  const t = useTranslations('meters');
  const format = useFormatter();
  const unit = t(`unit.${kind}`);
  const volume = (value: string) => `${format.number(Number(value), 'volume')} ${unit}`;
  const zoneLabel = (z: number) =>
    meter.zones > 1 ? `${t(`zone.${z + 1}.${meter.zones}` as 'zone.1.1')}: ` : '';
  const previous = meter.previous.values.map((v, z) => `${zoneLabel(z)}${volume(v)}`).join('; ');
  return (
    <div className="flex flex-col gap-2">
      <Details
        compact
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

const MONTHS = 12;
const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 24;

/**
 * A meter's monthly use as bars (SVG), newest on the right, with the same figures in
 * a table for screen readers and for anyone who prefers numbers. Multi-rate meters show the sum of
 * their zones in the bars; the table has each zone.
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
  const month = (period: string) => format.dateTime(calendarDate(period), { month: 'short' });
  const monthYear = (period: string) => format.dateTime(calendarDate(period), 'monthYear');
  const max = Math.max(0, ...months.map((m) => m.total ?? 0));
  const slot = months.length > 0 ? WIDTH / months.length : WIDTH;
  const titleId = `chart-${serialNumber}`;

  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-medium">{t('history.chartTitle', { unit })}</figcaption>
      {max === 0 ? (
        <p className="text-slate-600">{t('history.chartEmpty')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
          role="img"
          aria-labelledby={titleId}
          className="h-auto w-full max-w-2xl"
        >
          <title id={titleId}>
            {t('history.chartLabel', {
              serial: serialNumber,
              summary: months
                .filter((m) => m.total !== null)
                .map((m) => `${monthYear(m.period)} — ${volume(m.total!)} ${unit}`)
                .join('; '),
            })}
          </title>
          <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-400" />
          {months.map((m, i) => {
            const h = m.total === null ? 0 : Math.max(2, (m.total / max) * (HEIGHT - 20));
            const x = i * slot + slot * 0.15;
            return (
              <g key={m.period}>
                {m.total !== null && (
                  <>
                    <rect
                      x={x}
                      y={HEIGHT - h}
                      width={slot * 0.7}
                      height={h}
                      rx={2}
                      className="fill-brand-700"
                    />
                    <text
                      x={x + slot * 0.35}
                      y={HEIGHT - h - 4}
                      textAnchor="middle"
                      className="fill-slate-700 text-[11px]"
                    >
                      {volume(m.total)}
                    </text>
                  </>
                )}
                <text
                  x={x + slot * 0.35}
                  y={HEIGHT + 16}
                  textAnchor="middle"
                  className="fill-slate-600 text-[12px]"
                >
                  {month(m.period)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
