import 'server-only';
import { getEpd } from '@/db/queries/epd';
import type { PaymentDetail } from '@/db/queries/payments';
import type { Viewer } from '@/lib/auth/roles';

/** Each item of a payment with the ЕПД period it paid, when the viewer still sees that ЕПД. */
export async function itemsWithPeriods(viewer: Viewer, payment: PaymentDetail) {
  return Promise.all(
    payment.items.map(async (item) => ({
      ...item,
      period: item.kind === 'epd' ? ((await getEpd(viewer, item.refId))?.period ?? null) : null,
    })),
  );
}
