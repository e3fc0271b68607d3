'use client';

import { useFormStatus } from 'react-dom';

/**
 * The buttons of a server-rendered form, disabled while it is being sent: one press books one slot,
 * and a second press on another time cannot race the first. Without JavaScript it is a plain fieldset.
 */
export function BusyFieldset({
  className,
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <fieldset disabled={pending} aria-busy={pending || undefined} className={className}>
      {children}
    </fieldset>
  );
}
