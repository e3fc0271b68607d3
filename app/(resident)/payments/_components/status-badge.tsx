import { getTranslations } from 'next-intl/server';
import type { PaymentStatus } from '@/lib/payments/status';

const tones: Record<PaymentStatus, string> = {
  created: 'bg-amber-100 text-amber-900',
  pending: 'bg-amber-100 text-amber-900',
  succeeded: 'bg-green-100 text-green-900',
  declined: 'bg-red-100 text-red-900',
  expired: 'bg-slate-200 text-slate-800',
  refunded: 'bg-slate-200 text-slate-800',
};

/** A payment's status as a coloured label; the word carries the meaning, the colour only helps. */
export async function StatusBadge({ status }: { status: PaymentStatus }) {
  const t = await getTranslations('payments.status');
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${tones[status]}`}
    >
      {t(status)}
    </span>
  );
}
