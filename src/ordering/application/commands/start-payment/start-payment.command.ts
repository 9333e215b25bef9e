import { Command } from '@nestjs/cqrs';

/**
 * A new payment attempt for a pending order: registered with the provider; answers its payment page.
 * With the checkout's idempotency key, a replay of that checkout answers the attempt the first one
 * started (its payment page, or its failure) and registers nothing new.
 */
export class StartPayment extends Command<{ paymentUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly orderId: string,
    readonly idempotencyKey: string | null = null,
  ) {
    super();
  }
}
