'use server';

import { redirect } from 'next/navigation';
import {
  getCalendarFeed,
  removeCalendarFeed,
  resetCalendarFeed,
} from '@/db/queries/calendar-feeds';
import { CALENDAR_PAGE, calendarButtonSchema } from '@/lib/calendar/schemas';
import { formAction } from '@/server/action';

const button = {
  access: { signIn: CALENDAR_PAGE },
  schema: calendarButtonSchema,
  maxLength: 10,
  invalid: () => redirect(CALENDAR_PAGE),
} as const;

/** Turns the feed on, or gives it a new address: the old one is 404 from now on. */
export const resetCalendarAction = formAction({
  ...button,
  async handler(_input, { viewer, now }) {
    const had = await getCalendarFeed(viewer);
    await resetCalendarFeed(viewer, now);
    redirect(`${CALENDAR_PAGE}?done=${had ? 'reset' : 'created'}`);
  },
});

export const removeCalendarAction = formAction({
  ...button,
  async handler(_input, { viewer }) {
    await removeCalendarFeed(viewer);
    redirect(`${CALENDAR_PAGE}?done=removed`);
  },
});
