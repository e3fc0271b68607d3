'use client';

import { forwardRef, useId, useState, useSyncExternalStore, type InputHTMLAttributes } from 'react';

type PasswordFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  /** Already translated; shown under the field and announced with it. */
  error?: string;
  hint?: string;
  /** Already translated name of the show/hide button, e.g. "Показать пароль". */
  showLabel: string;
};

const noSubscription = () => () => {};

/** A password input like Field, with a button that shows what was typed (only once JS runs). */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField({ label, error, hint, id, className = '', showLabel, ...props }, ref) {
    const generated = useId();
    const inputId = id ?? generated;
    const hintId = hint ? `${inputId}-hint` : undefined;
    const errorId = error ? `${inputId}-error` : undefined;
    const [visible, setVisible] = useState(false);
    const hydrated = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );
    return (
      <div className={`flex flex-col gap-1 ${className}`}>
        <label htmlFor={inputId} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
        <div className="relative">
          <input
            ref={ref}
            id={inputId}
            type={visible ? 'text' : 'password'}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
            className="min-h-11 w-full rounded-md border border-slate-400 bg-white py-2 pr-12 pl-3 text-base aria-invalid:border-accent-600"
            {...props}
          />
          {hydrated && (
            <button
              type="button"
              aria-controls={inputId}
              aria-pressed={visible}
              aria-label={showLabel}
              title={showLabel}
              onClick={() => setVisible((v) => !v)}
              className="absolute inset-y-0 right-0 flex w-11 cursor-pointer items-center justify-center rounded-r-md text-slate-600 hover:text-brand-700"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                width="22"
                height="22"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
                <circle cx="12" cy="12" r="3" />
                {visible && <path d="M3 3l18 18" />}
              </svg>
            </button>
          )}
        </div>
        {error && (
          <p id={errorId} className="text-sm font-medium text-accent-600">
            {error}
          </p>
        )}
      </div>
    );
  },
);
