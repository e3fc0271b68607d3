import 'server-only';

// The database's own refusals, as the data access layer turns them into answers: a unique index
// (23505) or a check or trigger (23514) that a concurrent request ran into. postgres.js and PGlite
// name the fields differently, and Drizzle wraps the error in `cause`.

export type ConstraintViolation = { constraint: string; detail: string };

/** The constraint a statement violated with this SQLSTATE, and the error's DETAIL; null otherwise. */
export function violation(e: unknown, code: '23505' | '23514'): ConstraintViolation | null {
  const err = e as {
    code?: string;
    constraint_name?: string;
    constraint?: string;
    detail?: string;
    cause?: unknown;
  };
  if (err?.code === code)
    return { constraint: err.constraint_name ?? err.constraint ?? '', detail: err.detail ?? '' };
  return err?.cause ? violation(err.cause, code) : null;
}

/** Escapes `%`, `_` and `\` for an ILIKE pattern built from what a person typed. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
