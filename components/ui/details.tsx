// A definition list of label–value pairs, as the record, ЕПД, meter and payment pages show them.

/** Label–value pairs; `compact` keeps them side by side even on a phone (short values). */
export function Details({
  items,
  compact = false,
}: {
  items: readonly (readonly [string, React.ReactNode])[];
  compact?: boolean;
}) {
  return (
    <dl
      className={`grid gap-x-4 gap-y-1 ${compact ? 'grid-cols-[max-content_1fr] text-sm' : 'sm:grid-cols-[max-content_1fr]'}`}
    >
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className={`font-medium break-words ${compact ? '' : 'mb-2 sm:mb-0'}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
