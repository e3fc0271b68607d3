import 'server-only';
import { countMissingEpds, generateEpds } from '@/db/queries/epd';
import { postNewFineNotices } from '@/db/queries/fine-notices';
import { closePastAppointments, generateSlots } from '@/db/queries/health-slots';
import { sweepPayments } from '@/db/queries/payments';
import { paymentProvider } from '@/server/payments/provider';
import { expireOffers } from '@/db/queries/waitlist';
import { env } from '@/server/env';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { startScheduler, type Job, type Scheduler } from '@/server/jobs/scheduler';

const HOUR = 60 * 60 * 1000;

/** The monthly ЕПД: checked at start and hourly; generates the due period's missing documents. */
export const epdJob: Job = {
  name: 'epd',
  everyMs: HOUR,
  run: async (now) => {
    const { READING_WINDOW_WATER: water, READING_WINDOW_ELECTRICITY: electricity } = env();
    const period = epdPeriodDue(now, { water, electricity });
    if ((await countMissingEpds(period)) === 0) return;
    const { created, alreadyThere } = await generateEpds(period);
    return `ЕПД ${period.slice(0, 7)}: ${created} created, ${alreadyThere} already there`;
  },
};

/** Unfinished payments past their time: the acquirer is asked, what it still has pending expires. */
export const paymentsSweepJob: Job = {
  name: 'payments-sweep',
  everyMs: 60 * 1000,
  run: async (now) => {
    const settled = await sweepPayments(paymentProvider(), now);
    return settled > 0 ? `payments: ${settled} unfinished settled` : undefined;
  },
};

/** Doctors' slots for the next 14 days, and past bookings closed. */
export const slotsJob: Job = {
  name: 'slots',
  everyMs: HOUR,
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

/** New fines posted to their subscribers' inboxes (and mailed), each once per subscriber. */
export const fineNoticesJob: Job = {
  name: 'fine-notices',
  everyMs: 60 * 1000,
  run: async (now) => {
    const posted = await postNewFineNotices(now);
    return posted > 0 ? `fines: ${posted} notices posted` : undefined;
  },
};

// One scheduler per process, even when the dev server re-evaluates this module.
const store = globalThis as unknown as { __moyGorodJobs?: Scheduler };

export function startJobs(): Scheduler {
  store.__moyGorodJobs ??= startScheduler(
    [epdJob, paymentsSweepJob, slotsJob, waitlistOffersJob, fineNoticesJob],
    { startDelayMs: 5_000 },
  );
  return store.__moyGorodJobs;
}
