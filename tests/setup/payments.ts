import { receiveCallback } from '@/db/queries/payments';
import { sandboxAcquirer, type SandboxAcquirer } from '@/server/payments/sandbox-acquirer';

// What the payment tests share: the sandbox acquirer wired straight to the callback route's code,
// the test cards, and the portal's return and callback addresses.

/** A sandbox whose notices go straight to what the callback route does. */
export function testAcquirer(secret: string): SandboxAcquirer {
  const acq: SandboxAcquirer = sandboxAcquirer({
    secret,
    delayMs: 0,
    deliver: async (_url, body, signature) =>
      (await receiveCallback(acq.provider, body, signature, new Date())) === 'accepted',
  });
  return acq;
}

export const testUrls = {
  returnUrl: (id: string) => `/payments/${id}`,
  callbackUrl: 'http://127.0.0.1/api/payments/sandbox/callback',
};
