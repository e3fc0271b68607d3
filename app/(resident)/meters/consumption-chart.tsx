import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryRow } from '@/db/queries/readings';
import { sumDecimals, type ReadingKind } from '@/lib/housing';
import { calendarDate } from '@/lib/cabinet/format';

const MONTHS = 12;
const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 24;

/**
 * A meter's monthly use as bars (server-rendered SVG), newest on the right, with the same figures in
 * a table for screen readers and for anyone who prefers numbers. Multi-rate meters show the sum of
 * their zones in the bars; the table has each zone.
 */
export async function ConsumptionChart({
  kind,
  serialNumber,
  history,
}: {
  kind: ReadingKind;
  serialNumber: string;
  history: HistoryRow[];
}) {
  const [t, format] = await Promise.all([getTranslations('meters'), getFormatter()]);
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
