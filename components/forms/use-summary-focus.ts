'use client';

import { useCallback, useLayoutEffect, useRef } from 'react';

/** What a server action answers a form, as far as the error summary cares. */
type Answer = {
  status: string;
  fieldErrors?: Partial<Record<string, string>>;
  formError?: string;
};

/** An answer that refuses the submission: an error in a field or one about the whole form. */
export function isRefusal(answer: Answer): boolean {
  if (answer.status !== 'error') return false;
  return !!answer.formError || Object.values(answer.fieldErrors ?? {}).some(Boolean);
}

/**
 * Moves focus to the form's error summary each time a submission is refused: by the server's answer
 * (also the one a page posted without JavaScript starts with) or by the browser's check (`refused`).
 * The move waits for the summary to be on the page: the server's field errors reach the form a render
 * after its answer.
 */
export function useSummaryFocus(answer: Answer) {
  const ref = useRef<HTMLDivElement>(null);
  const pending = useRef(false);

  // Layout effects, so the focus moves in the commit that shows the summary (and in this order).
  useLayoutEffect(() => {
    pending.current = isRefusal(answer);
  }, [answer]);

  // After every render, so a summary that appears a render late still gets the focus it is owed.
  useLayoutEffect(() => {
    if (!pending.current || !ref.current) return;
    pending.current = false;
    ref.current.focus();
  });

  const refused = useCallback(() => {
    pending.current = true;
  }, []);

  return { ref, refused };
}
