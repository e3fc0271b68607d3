'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';

// Choosing a doctor replaces the list it was chosen from with their free times (and «Choose another
// doctor» brings the list back), so the link just pressed leaves the page and focus would fall back
// to its start. The step that appears takes focus instead. Without JavaScript these are a plain link
// and heading: the link's #fragment scrolls to the step.

/** The step a StepLink was pressed for, until that step's heading appears. */
let arriving: string | null = null;

/** A link to another step of the page; the heading with id `step` takes focus when it appears. */
export function StepLink({
  step,
  onClick,
  ...props
}: React.ComponentProps<typeof Link> & { step: string }) {
  return (
    <Link
      {...props}
      onClick={(e) => {
        onClick?.(e);
        // A new tab or window leaves this page as it is.
        if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey) arriving = step;
      }}
    />
  );
}

/** A step's heading: focused when it appears because a StepLink was pressed for it. */
export function StepHeading({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (arriving !== id) return;
    arriving = null;
    ref.current?.focus();
  }, [id]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </h2>
  );
}
