'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { markAllRead, markRead } from '@/db/queries/notifications';
import { INBOX, inboxFormSchema, inboxPage } from '@/lib/notifications/inbox-form';
import { formAction } from '@/server/action';

const inboxForm = {
  access: { signIn: INBOX },
  schema: inboxFormSchema,
  maxLength: 100,
  invalid: () => redirect(INBOX),
} as const;

export const markReadAction = formAction({
  ...inboxForm,
  async handler({ id, page }, { viewer }) {
    await markRead(viewer, id);
    revalidatePath('/cabinet');
    redirect(inboxPage(page));
  },
});

/** "Open": marks it read and follows its link; the destination comes from the stored notification, never from the form. */
export const openNotificationAction = formAction({
  ...inboxForm,
  async handler({ id, page }, { viewer }) {
    const read = await markRead(viewer, id);
    revalidatePath('/cabinet');
    redirect(read?.href ?? inboxPage(page));
  },
});

export const markAllReadAction = formAction({
  ...inboxForm,
  async handler({ page }, { viewer }) {
    await markAllRead(viewer);
    revalidatePath('/cabinet');
    const back = inboxPage(page);
    redirect(`${back}${back.includes('?') ? '&' : '?'}done=all`);
  },
});
