import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

// The search box and the page links of the administration's lists (users, payments).

/** `path?q=…&page=…`, leaving out what is at its default. */
export function listHref(path: string, q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A GET search form: works without JavaScript, and the URL can be shared. */
export function ListSearch({
  path,
  q,
  maxLength,
  text,
}: {
  path: string;
  q: string;
  maxLength: number;
  text: { label: string; hint: string; submit: string; reset: string };
}) {
  return (
    <form
      method="get"
      action={path}
      role="search"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <Field
        label={text.label}
        hint={text.hint}
        name="q"
        type="search"
        defaultValue={q}
        maxLength={maxLength}
        autoComplete="off"
        className="sm:w-96"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{text.submit}</Button>
        {q && <Link href={path}>{text.reset}</Link>}
      </div>
    </form>
  );
}

/** Previous / "page N of M" / next; nothing when everything fits on one page. */
export function ListPages({
  path,
  q,
  page,
  pages,
  text,
}: {
  path: string;
  q: string;
  page: number;
  pages: number;
  text: { label: string; previous: string; next: string; status: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={text.label} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={listHref(path, q, Math.min(page - 1, pages))} rel="prev">
          {text.previous}
        </Link>
      )}
      <span>{text.status}</span>
      {page < pages && (
        <Link href={listHref(path, q, page + 1)} rel="next">
          {text.next}
        </Link>
      )}
    </nav>
  );
}
