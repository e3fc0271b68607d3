import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { PaymentStatus } from '@/lib/payments/status';

const tones: Record<PaymentStatus, BadgeTone> = {
  created: 'waiting',
  pending: 'waiting',
  succeeded: 'success',
  declined: 'danger',
  expired: 'neutral',
  refunded: 'neutral',
};

/** A payment's status as a coloured label. */
export async function StatusBadge({ status }: { status: PaymentStatus }) {
  const t = await getTranslations('payments.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
