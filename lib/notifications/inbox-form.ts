import { z } from 'zod';

// The inbox's buttons: a notification's id (the DAL answers any other as not found) and the page of
// the inbox to go back to. Neither can be wrong in a way the reader could fix, so nothing is refused.

export const INBOX = '/cabinet/notifications';

export const inboxFormSchema = z.object({
  id: z.string().max(64).catch(''),
  page: z.coerce.number().int().min(2).max(99_999).optional().catch(undefined),
});

/** Back to the page of the inbox the person was on. */
export function inboxPage(page: number | undefined): string {
  return page ? `${INBOX}?page=${page}` : INBOX;
}
