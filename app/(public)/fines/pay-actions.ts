'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { startPayment, type PaymentItemRequest } from '@/db/queries/payments';
import { paymentProvider, paymentUrls } from '@/server/payments/provider';
import { getViewer } from '@/server/auth/viewer';
import { isUuid } from '@/lib/registry/identifiers';
import type { PayFinesState } from './pay-state';

// Paying one or several of the viewer's fines in one payment. The form sends each fine with the
// amount the payer was shown; startPayment computes what is due now and refuses a difference (the
// discount ended while the page was open), so nobody pays what they did not see (decision 017).

const MAX_FINES = 20;

export async function payFinesAction(
  _previous: PayFinesState,
  formData: FormData,
): Promise<PayFinesState> {
  const back = String(formData.get('back') ?? '/fines');
  const returnTo = /^\/fines(\/[0-9a-f-]{36})?$/.test(back) ? back : '/fines';
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);

  const ids = [...new Set(formData.getAll('fine').filter((v) => typeof v === 'string'))];
  if (ids.length === 0) return { status: 'error', fieldErrors: { fines: 'noneSelected' } };
  const key = formData.get('idempotencyKey');
  const items: PaymentItemRequest[] = ids.map((id) => ({
    kind: 'fine',
    refId: id,
    amountKopecks: Number(formData.get(`amount:${id}`)),
  }));
  if (
    ids.length > MAX_FINES ||
    typeof key !== 'string' ||
    !isUuid(key) ||
    items.some((i) => !isUuid(i.refId) || !Number.isSafeInteger(i.amountKopecks))
  )
    return { status: 'error', fieldErrors: {}, formError: 'invalid' };

  const result = await startPayment(
    viewer,
    { idempotencyKey: key, items },
    paymentProvider(),
    paymentUrls(),
    new Date(),
  );
  if (result.ok) redirect(result.payUrl ?? `/payments/${result.paymentId}`);
  // The page shows the fines afresh: new amounts, a fine paid meanwhile, a payment under way.
  revalidatePath(returnTo);
  return { status: 'error', fieldErrors: {}, formError: result.error, paymentId: result.paymentId };
}
