// A list read a page at a time, newest first (the inbox, the data access log).

/** The page to show of `total` rows: the requested one, or the last one when it is past the end. */
export function pageOf(total: number, requested: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(Number.isInteger(requested) ? requested : 1, 1), pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}
