'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The navigation on narrow screens. A native <details> disclosure, so it opens by keyboard and
 * without JavaScript; with JavaScript it also closes on navigation, on a link click and on Escape.
 */
export function MobileMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  function close(focusSummary: boolean) {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    if (focusSummary) details.querySelector('summary')?.focus();
  }

  return (
    <details
      ref={ref}
      className="group lg:hidden"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close(true);
      }}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a')) close(false);
      }}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded px-2 font-semibold hover:bg-brand-600 group-open:bg-brand-800 [&::-webkit-details-marker]:hidden">
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
          className="size-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path className="group-open:hidden" d="M4 7h16M4 12h16M4 17h16" />
          <path className="hidden group-open:inline" d="M6 6l12 12M18 6 6 18" />
        </svg>
        <span className="sr-only min-[400px]:not-sr-only">{label}</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-t border-brand-600 bg-brand-800 shadow-lg">
        {children}
      </div>
    </details>
  );
}
