import 'server-only';
import { sendPendingMails } from '@/db/queries/mail-outbox';
import type { ServiceModule } from '@/services/types';

// The notifications' own part: every service writes its inbox rows and their e-mail copies with its
// events, into the mail outbox (decision 021); this job sends what is due and retries what failed.
// The account's own notices (a changed password) are posted by db/queries/password-resets.ts.

export const notifications = {
  name: 'notifications',
  notifications: ['passwordChanged'],
  jobs: [
    {
      name: 'mail',
      everyMs: 60 * 1000,
      run: async (now) => {
        const sent = await sendPendingMails(now);
        return sent > 0 ? `mail: ${sent} messages sent` : undefined;
      },
    },
  ],
} satisfies ServiceModule;
