import 'server-only';
import { countMissingEpds, generateEpds } from '@/db/queries/epd';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { env } from '@/server/env';
import type { Job } from '@/server/jobs/scheduler';

/** The monthly ЕПД: checked at start and hourly; generates the due period's missing documents. */
export const epdJob: Job = {
  name: 'epd',
  everyMs: 60 * 60 * 1000,
  run: async (now) => {
    const { READING_WINDOW_WATER: water, READING_WINDOW_ELECTRICITY: electricity } = env();
    const period = epdPeriodDue(now, { water, electricity });
    if ((await countMissingEpds(period)) === 0) return;
    const { created, alreadyThere } = await generateEpds(period);
    return `ЕПД ${period.slice(0, 7)}: ${created} created, ${alreadyThere} already there`;
  },
};
