import type { z } from 'zod';

/**
 * What a server action answers a form: field errors are message keys of the `validation` namespace
 * (the same keys the zod schemas use in the browser), so both sides show the same text.
 */
export type ActionState<F extends string = string> =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: Partial<Record<F, string>>; formError?: string }
  | { status: 'success'; message?: string };

export const idle: ActionState = { status: 'idle' };

/** The first error of each field, as a message key. */
export function fieldErrorsOf<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form') as F;
    out[field] ??= issue.message;
  }
  return out;
}

/** FormData → plain object of strings, dropping files and `$ACTION_` internals; caps each value's length. */
export function formValues(formData: FormData, maxLength = 10_000): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    out[key] = value.slice(0, maxLength);
  }
  return out;
}
