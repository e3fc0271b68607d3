import type { ProviderOutcome } from './status';

// What the portal needs of an acquirer. The built-in sandbox (server/payments/sandbox-acquirer.ts)
// implements it; a real acquirer plugs in behind the same four calls.

export type ProviderPaymentRequest = {
  /** Ours: asking twice for the same payment gives the same provider payment. */
  paymentId: string;
  amountKopecks: number;
  description: string;
  /** Where the provider sends the payer back to. */
  returnUrl: string;
  /** Where the provider posts its signed confirmations. */
  callbackUrl: string;
};

export type ProviderNotice = {
  providerPaymentId: string;
  outcome: ProviderOutcome;
  cardLast4?: string;
};

export interface PaymentProvider {
  readonly name: string;
  /** The request header its callbacks carry their signature in. */
  readonly signatureHeader: string;
  /** Registers the payment with the provider; the payer is then sent to `payUrl`. */
  create(request: ProviderPaymentRequest): Promise<{ providerPaymentId: string; payUrl: string }>;
  /** A confirmation as the provider posted it; null when its signature does not hold. */
  readCallback(body: string, signature: string | null): ProviderNotice | null;
  /** The provider's answer when we ask, for a payer who never came back. */
  status(providerPaymentId: string): Promise<ProviderNotice>;
  /** Returns the money of a succeeded payment; false if the provider refuses. */
  refund(providerPaymentId: string): Promise<boolean>;
}
