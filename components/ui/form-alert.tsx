/** A message about the whole form (not one field), announced when it appears. */
export function FormAlert({
  tone = 'error',
  children,
}: {
  tone?: 'error' | 'success';
  children: React.ReactNode;
}) {
  const colors =
    tone === 'error'
      ? 'border-accent-600 bg-red-50 text-red-900'
      : 'border-green-700 bg-green-50 text-green-900';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border-l-4 px-4 py-3 ${colors}`}
    >
      {children}
    </div>
  );
}
