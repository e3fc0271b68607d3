import { z } from 'zod';

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

/** A form's text fields: a field sent more than once (a group of checkboxes) arrives as a list. */
export type FormInput = Record<string, string | string[]>;

/** No form of ours has more fields; a forged one with thousands is cut short. */
const MAX_FIELDS = 200;

/**
 * FormData → the object a schema parses: files and React's `$ACTION_` fields dropped, each value cut
 * to `maxLength`, at most 200 fields.
 */
export function formInput(formData: FormData, maxLength: number): FormInput {
  const out: FormInput = {};
  let fields = 0;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || key === '__proto__' || typeof value !== 'string') continue;
    if (++fields > MAX_FIELDS) break;
    const text = value.slice(0, maxLength);
    const seen = out[key];
    out[key] = seen === undefined ? text : [...(Array.isArray(seen) ? seen : [seen]), text];
  }
  return out;
}

/** The schema of a form that carries nothing but the click (sign out, subscribe). */
export const noFields = z.object({});
