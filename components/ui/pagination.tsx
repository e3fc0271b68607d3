import Link from 'next/link';

const pageLink =
  'inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold';

/** Newer and older pages of a list whose first page is `path` and the others `path?page=N`. */
export function Pagination({
  path,
  page,
  pageCount,
  labels,
}: {
  path: string;
  page: number;
  pageCount: number;
  /** In the reader's language: the navigation's name, the two links, «Страница 2 из 5». */
  labels: { nav: string; newer: string; older: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} className={pageLink} rel="prev">
          {labels.newer}
        </Link>
      )}
      <span className="text-slate-700" aria-current="page">
        {labels.pageOf}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={pageLink} rel="next">
          {labels.older}
        </Link>
      )}
    </nav>
  );
}
