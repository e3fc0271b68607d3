import { keepTogether } from '@/lib/i18n/formats';

// A definition list of label–value pairs, as the record, ЕПД, meter and payment pages show them.

/**
 * Label–value pairs, side by side from `sm` up. `compact` (a card's short facts) sets them side by
 * side whenever its own box is wide enough, whatever the screen, and the label above its value where
 * it is not. A value that cannot wrap (a long number) breaks anywhere rather than widen the page, and
 * a date that Intl wrote keeps its «2026 г.» together.
 */
export function Details({
  items,
  compact = false,
}: {
  items: readonly (readonly [string, React.ReactNode])[];
  compact?: boolean;
}) {
  const list = (
    <dl
      className={`grid gap-x-4 gap-y-1 ${compact ? 'text-sm @xs:grid-cols-[max-content_minmax(0,1fr)]' : 'sm:grid-cols-[max-content_minmax(0,1fr)]'}`}
    >
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className={`font-medium wrap-anywhere ${compact ? 'mb-1 @xs:mb-0' : 'mb-2 sm:mb-0'}`}>
            {typeof value === 'string' ? keepTogether(value) : value}
          </dd>
        </div>
      ))}
    </dl>
  );
  // The card's width, not the screen's, decides: two cards side by side on a tablet are narrow too.
  return compact ? <div className="@container">{list}</div> : list;
}
