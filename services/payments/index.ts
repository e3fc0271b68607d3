import 'server-only';
import { sweepPayments } from '@/db/queries/payments';
import { paymentsUsage } from '@/lib/payments/usage';
import { paymentProvider } from '@/server/payments/provider';
import type { ServiceModule } from '@/services/types';

// The payments module's own part: it opens no catalogue service of its own (each payable's service
// does: the ЕПД's, the fines'), it sweeps unfinished payments and counts refunds.

export const payments = {
  name: 'payments',
  usage: paymentsUsage,
  jobs: [
    {
      // Unfinished payments past their time: the acquirer is asked, what it still has pending expires.
      name: 'payments-sweep',
      everyMs: 60 * 1000,
      run: async (now) => {
        const settled = await sweepPayments(paymentProvider(), now);
        return settled > 0 ? `payments: ${settled} unfinished settled` : undefined;
      },
    },
  ],
} satisfies ServiceModule;
