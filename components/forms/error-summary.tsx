'use client';

import { useTranslations } from 'next-intl';
import { useLayoutEffect, type MouseEvent, type ReactNode, type Ref } from 'react';

// GOV.UK's error summary: at the top of a refused form, "There is a problem" and a link to each field
// in error (worded as beside the field), focused on each refusal; "Error: " before the page's title
// while it shows. The links are plain `#id` links, so they work before (and without) JavaScript.

/** What a form spreads on its summary: useActionForm's `summary` (or the same, built by hand). */
export type SummaryFields<N extends string = string> = {
  /** For useSummaryFocus, which focuses the summary. */
  ref: Ref<HTMLDivElement>;
  /** The fields in error, in the order the form shows them, with their inputs' ids. */
  fields: readonly { name: N; id: string }[];
};

export function ErrorSummary<N extends string>({
  ref,
  fields,
  errorOf,
  formError,
}: SummaryFields<N> & {
  /** A field's error in words: the text shown beside it. */
  errorOf: (name: N) => string | undefined;
  /** An error about the whole form (too many attempts, not found…), already in words. */
  formError?: ReactNode;
}) {
  const t = useTranslations('common.form');
  const items = fields.flatMap(({ name, id }) => {
    const text = errorOf(name);
    return text ? [{ id, text }] : [];
  });
  const shown = items.length > 0 || !!formError;
  useErrorTitle(shown, t('titlePrefix'));
  if (!shown) return null;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      // React writes it only into server-rendered HTML: a page posted without JavaScript has its
      // browser focus the summary (in the browser, useSummaryFocus does).
      autoFocus
      className="rounded-md border-l-4 border-accent-600 bg-red-50 px-4 py-3 text-red-900 focus:outline-3 focus:outline-offset-2 focus:outline-brand-600"
    >
      {/* Inside the focused element, as GOV.UK has it: some screen readers read all of it that way. */}
      <div role="alert">
        <h2 className="text-lg font-semibold">{t('errorSummary')}</h2>
        <ul className="mt-2 flex flex-col gap-1">
          {formError && <li>{formError}</li>}
          {items.map(({ id, text }) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(event) => focusField(event, id)}
                className="font-semibold text-accent-600"
              >
                {text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Focuses the field a link names (the first input of a group, when the id is the group's), with its
 * label scrolled into view, as GOV.UK's summary does: following the `#id` alone would scroll the input
 * to the top edge, its label out of sight, and leave the focus where it was.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  const controls = 'input, select, textarea';
  const field = target?.matches(controls) ? target : target?.querySelector<HTMLElement>(controls);
  if (!field) return;
  event.preventDefault();
  const label = field instanceof HTMLInputElement ? field.labels?.[0] : undefined;
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** How many summaries show now: the title keeps its prefix until the last is gone. */
let showing = 0;

/** "Error: " before the page's title while a summary shows (from the commit that shows it). */
function useErrorTitle(shown: boolean, prefix: string) {
  useLayoutEffect(() => {
    if (!shown) return;
    showing += 1;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      showing -= 1;
      // A page navigated to meanwhile has a title of its own, which is left alone.
      if (showing === 0 && document.title.startsWith(prefix))
        document.title = document.title.slice(prefix.length);
    };
  }, [shown, prefix]);
}
