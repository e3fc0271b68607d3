import 'server-only';
import { sendPendingMails } from '@/db/queries/mail-outbox';
import type { ServiceModule } from '@/services/types';

// The notifications' own part: the inbox rows every service writes with its events are also the
// outbox of their e-mail copies (decision 021); this job sends what is due and retries what failed.

export const notifications = {
  name: 'notifications',
  jobs: [
    {
      name: 'notification-emails',
      everyMs: 60 * 1000,
      run: async (now) => {
        const sent = await sendPendingMails(now);
        return sent > 0 ? `notifications: ${sent} e-mail copies sent` : undefined;
      },
    },
  ],
} satisfies ServiceModule;
