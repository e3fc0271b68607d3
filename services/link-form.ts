import 'server-only';
import { z } from 'zod';
import { linkKindOf } from './registry';
import type { AnyLinkKind } from './types';

/**
 * The cabinet's one link form, whatever the record: its hidden `kind` names the link kind, whose own
 * schema (from lib/<service>/) then parses the fields, its messages next to each field.
 */
export const linkFormSchema = (now: Date) =>
  z.looseObject({ kind: z.string() }).transform((form, ctx) => {
    const kind = linkKindOf(form.kind);
    if (!kind) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'notFound' });
      return z.NEVER;
    }
    const schema = typeof kind.schema === 'function' ? kind.schema(now) : kind.schema;
    const parsed = schema.safeParse(form);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { kind: kind as AnyLinkKind, input: parsed.data as unknown };
  });

/** The unlink confirmation's form: which kind of record, and which one. */
export const unlinkFormSchema = z.object({
  kind: z.string().catch(''),
  id: z.string().catch(''),
});
