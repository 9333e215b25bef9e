import { Command } from '@nestjs/cqrs';

/** An address typed in full, or one from the candidate's address book. */
export type AddressInput = Record<string, unknown> | { addressId: string };

export interface CheckoutInput {
  billingAddress: AddressInput;
  /** Absent or `{sameAsBilling: true}`: delivered to the billing address. */
  deliveryAddress?: AddressInput | { sameAsBilling: true };
  deliveryOption: string;
}

export interface CheckedOut {
  orderId: string;
  number: number;
  status: string;
  totalPence: number;
  /** True when an earlier request with the same idempotency key placed it. */
  replayed: boolean;
  /**
   * The provider's payment page; null when the order needs none (no longer pending) or the provider
   * could not be reached: the order stands and "pay again" starts a new attempt.
   */
  paymentUrl: string | null;
}

/**
 * Confirm and pay: turns the basket into an order with its prices frozen and records its payment attempt,
 * in one transaction, then registers the payment with the provider. The same idempotency key (API header
 * or the confirm page's form token) gives the same order and the same payment page, registering nothing new.
 */
export class Checkout extends Command<CheckedOut> {
  constructor(
    readonly accountId: string,
    readonly input: CheckoutInput,
    readonly idempotencyKey: string | null,
  ) {
    super();
  }
}
