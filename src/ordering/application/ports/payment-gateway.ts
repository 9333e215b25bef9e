import { PaymentOutcome } from '../../domain/payment-attempt';
import { PostalAddress } from '../../domain/postal-address';

export interface PaymentRegistrationRequest {
  /** Our reference for this attempt, unique per attempt (Opayo's VendorTxCode). */
  reference: string;
  amountPence: number;
  description: string;
  customer: { firstName: string; surname: string; email: string };
  billingAddress: PostalAddress;
  deliveryAddress: PostalAddress;
}

export interface PaymentRegistration {
  /** The provider's id of the transaction (Opayo's VPSTxId): the order's transaction reference. */
  providerTransactionId: string;
  /** The provider's secret for checking this transaction's notification. */
  securityKey: string;
  /** Where the buyer enters their card details. */
  paymentPageUrl: string;
}

export interface PaymentNotification {
  reference: string;
  providerTransactionId: string;
  outcome: PaymentOutcome;
  detail: string;
}

export type NotificationVerdict = 'ok' | 'invalid' | 'error';

export interface NotificationAnswer {
  contentType: string;
  body: string;
}

/**
 * A hosted card payment provider: we register a payment and send the buyer to its page; it tells us the
 * result in a signed server-to-server notification, which we answer in its own format.
 */
export abstract class PaymentGateway {
  /** The provider's name in the notification route, /api/v1/payments/{provider}/notifications. */
  abstract readonly provider: string;

  /** How long a registration may take before it counts as failed. */
  abstract readonly registrationTimeoutMs: number;

  /** @throws PaymentUnavailableError when the provider cannot be reached or refuses the registration. */
  abstract register(request: PaymentRegistrationRequest): Promise<PaymentRegistration>;

  /** Null when the notification is not one we can read (missing fields). */
  abstract readNotification(fields: Record<string, string>): PaymentNotification | null;

  /** Checks the notification's signature with the transaction's security key. */
  abstract verifyNotification(fields: Record<string, string>, securityKey: string): boolean;

  abstract answer(verdict: NotificationVerdict, redirectUrl: string, detail: string): NotificationAnswer;
}
