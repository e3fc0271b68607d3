import { receiveCallback } from '@/db/queries/payments';
import { paymentProvider } from '@/server/payments/provider';

const MAX_BODY = 16 * 1024;

/** The sandbox acquirer's confirmations: 401 (and logged) when the signature does not hold. */
export async function POST(request: Request): Promise<Response> {
  const body = (await request.text()).slice(0, MAX_BODY);
  const provider = paymentProvider();
  const answer = await receiveCallback(
    provider,
    body,
    request.headers.get(provider.signatureHeader),
    new Date(),
  );
  return answer === 'rejected'
    ? new Response('bad signature', { status: 401 })
    : new Response(null, { status: 204 });
}
