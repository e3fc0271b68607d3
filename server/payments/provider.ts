import 'server-only';
import type { PaymentProvider } from '@/lib/payments/provider';
import { env } from '@/server/env';
import { serverSandbox } from './sandbox-acquirer';

// The acquirer every payment goes through, picked in one place: the built-in sandbox, until a real
// acquirer is configured behind the same PaymentProvider interface.

export function paymentProvider(): PaymentProvider {
  return serverSandbox().provider;
}

/**
 * Where the acquirer sends the payer back to, and where it posts its confirmations:
 * PAYMENTS_CALLBACK_BASE_URL, else this server over loopback (never an address taken from the
 * request, which a client could point elsewhere).
 */
export function paymentUrls(): { returnUrl: (paymentId: string) => string; callbackUrl: string } {
  const base = env().PAYMENTS_CALLBACK_BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  return {
    returnUrl: (paymentId) => `/payments/${paymentId}`,
    callbackUrl: `${base.replace(/\/$/, '')}/api/payments/${paymentProvider().name}/callback`,
  };
}
