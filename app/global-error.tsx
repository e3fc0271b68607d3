'use client';

// The last resort, outside the layout and its translations: a bilingual message, no stack trace.
export default function GlobalError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <html lang="ru">
      <body
        style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem 1rem', textAlign: 'center' }}
      >
        <h1>Что-то пошло не так · Something went wrong</h1>
        <p>Попробуйте ещё раз чуть позже. · Please try again a little later.</p>
        {error.digest && <p>{error.digest}</p>}
        <button type="button" onClick={retry}>
          Ещё раз · Try again
        </button>
      </body>
    </html>
  );
}
