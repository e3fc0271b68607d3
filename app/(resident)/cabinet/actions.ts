'use server';

import { notFound, redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { linkRecord, unlinkRecord } from '@/db/queries/links';
import type { LinkState } from '@/lib/registry/link-state';
import { formAction, stateAction, type FormValues } from '@/server/action';
import { linkFormSchema, unlinkFormSchema } from '@/services/link-form';
import { linkKindOf } from '@/services/registry';
import type { AnyLinkKind } from '@/services/types';

// The cabinet's one link action and one unlink action, for every kind of record the service modules
// declare. Field errors are keys of `documents.errors`; `formError` is `<kind>.<answer>`, a key of
// `cabinet.errors`.

/** What the person typed, so a page rendered without JavaScript shows it again. */
const typed = (kind: AnyLinkKind | undefined, values: FormValues) =>
  Object.fromEntries((kind?.fields ?? []).map((f) => [f, values[f] ?? '']));

export const linkRecordAction = stateAction({
  access: {
    signIn: (values) =>
      linkKindOf(values.kind ?? '') ? `/cabinet/link/${values.kind}` : '/cabinet',
  },
  schema: linkFormSchema,
  maxLength: 100,
  invalid: (fieldErrors, { values }): LinkState => {
    const kind = linkKindOf(values.kind ?? '');
    // A kind no page offers is not a form of ours.
    if (!kind) notFound();
    return { status: 'error', fieldErrors, values: typed(kind, values) };
  },
  async handler({ kind, input }, { viewer, values }): Promise<LinkState> {
    const result = await linkRecord(viewer, kind, input);
    if (result.ok) {
      revalidatePath('/cabinet');
      redirect(`/cabinet/${kind.segment}/${result.id}?linked=1`);
    }
    // A linked record opens on its own page; any other answer is a message above the form.
    return {
      status: 'error',
      fieldErrors: {},
      formError: `${kind.kind}.${result.error}`,
      values: typed(kind, values),
      existingId: result.error === 'alreadyLinkedToYou' ? result.id : undefined,
    };
  },
});

// Unlinking is a plain form on a confirmation page: it works without JavaScript, and a stale or
// forged id simply leads back to the cabinet.
export const unlinkRecordAction = formAction({
  access: {
    signIn: (values) => {
      const kind = linkKindOf(values.kind ?? '');
      return kind ? `/cabinet/${kind.segment}/${encodeURIComponent(values.id ?? '')}` : '/cabinet';
    },
  },
  schema: unlinkFormSchema,
  maxLength: 64,
  invalid: () => redirect('/cabinet'),
  async handler({ kind: name, id }, { viewer }) {
    const kind = linkKindOf(name);
    if (!kind) redirect('/cabinet');
    const result = await unlinkRecord(viewer, kind, id);
    revalidatePath('/cabinet');
    redirect(result.ok ? `/cabinet?unlinked=${kind.kind}` : '/cabinet');
  },
});
