import { applyProviderNotice, logRejectedCallback } from '@/db/queries/payments';
import { serverSandbox, SIGNATURE_HEADER } from '@/db/queries/sandbox-acquirer';

const MAX_BODY = 16 * 1024;

/**
 * The sandbox acquirer's confirmations. A notice whose signature does not hold changes nothing and
 * is logged; a good one goes through the payment status machine (duplicates and stale ones are no-ops).
 */
export async function POST(request: Request): Promise<Response> {
  const body = (await request.text()).slice(0, MAX_BODY);
  const { provider } = serverSandbox();
  const now = new Date();
  const notice = provider.readCallback(body, request.headers.get(SIGNATURE_HEADER));
  if (!notice) {
    await logRejectedCallback(provider.name, body, now);
    return new Response('bad signature', { status: 401 });
  }
  await applyProviderNotice(provider.name, notice, 'callback', now, body);
  return new Response(null, { status: 204 });
}
