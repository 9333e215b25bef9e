import { Command } from '@nestjs/cqrs';

/** An address typed in full, or one from the candidate's address book. */
export type AddressInput = Record<string, unknown> | { addressId: string };

export interface PlaceOrderInput {
  billingAddress: AddressInput;
  /** Absent or `{sameAsBilling: true}`: delivered to the billing address. */
  deliveryAddress?: AddressInput | { sameAsBilling: true };
  deliveryOption: string;
}

export interface PlacedOrder {
  orderId: string;
  number: number;
  status: string;
  totalPence: number;
  /** True when an earlier request with the same idempotency key placed it. */
  replayed: boolean;
}

/**
 * Confirm: turns the basket into an order with its prices frozen, in one transaction, and empties the
 * basket. The same idempotency key (API header or the confirm page's form token) gives the same order.
 */
export class PlaceOrder extends Command<PlacedOrder> {
  constructor(
    readonly accountId: string,
    readonly input: PlaceOrderInput,
    readonly idempotencyKey: string | null,
  ) {
    super();
  }
}
