import 'server-only';
import { closePastAppointments, generateSlots } from '@/db/queries/health-slots';
import { expireOffers } from '@/db/queries/waitlist';
import type { Job } from '@/server/jobs/scheduler';

/** Doctors' slots for the next 14 days, and past bookings closed. */
export const slotsJob: Job = {
  name: 'slots',
  everyMs: 60 * 60 * 1000,
  run: async (now) => {
    const [added, closed] = [await generateSlots(now), await closePastAppointments(now)];
    return added + closed > 0 ? `slots: ${added} added, ${closed} past bookings closed` : undefined;
  },
};

/** Waitlist offers not taken within their hold: ended, and each slot offered to the next person. */
export const waitlistOffersJob: Job = {
  name: 'waitlist-offers',
  everyMs: 60 * 1000,
  run: async (now) => {
    const lapsed = await expireOffers(now);
    return lapsed > 0 ? `waitlist: ${lapsed} offers lapsed` : undefined;
  },
};
