import 'server-only';
import { postNewFineNotices } from '@/db/queries/fine-notices';
import type { Job } from '@/server/jobs/scheduler';

/** New fines posted to their subscribers' inboxes (and mailed), each once per subscriber. */
export const fineNoticesJob: Job = {
  name: 'fine-notices',
  everyMs: 60 * 1000,
  run: async (now) => {
    const posted = await postNewFineNotices(now);
    return posted > 0 ? `fines: ${posted} notices posted` : undefined;
  },
};
