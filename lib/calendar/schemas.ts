import { z } from 'zod';

/** The calendar page's buttons carry nothing but themselves. */
export const calendarButtonSchema = z.object({});

export const CALENDAR_PAGE = '/cabinet/calendar';
