'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { subscribeToFines, unsubscribeFromFines } from '@/db/queries/fine-notices';
import { noFields } from '@/lib/forms/action-state';
import { formAction } from '@/server/action';

// Subscribing to notices of new fines from the /fines page. The forms carry nothing: the viewer is all.

const FINES = '/fines';

const subscriptionForm = {
  access: { signIn: FINES },
  schema: noFields,
  invalid: () => redirect(FINES),
} as const;

export const subscribeAction = formAction({
  ...subscriptionForm,
  async handler(_input, { viewer, now }) {
    await subscribeToFines(viewer, now);
    revalidatePath(FINES);
  },
});

export const unsubscribeAction = formAction({
  ...subscriptionForm,
  async handler(_input, { viewer }) {
    await unsubscribeFromFines(viewer);
    revalidatePath(FINES);
  },
});
