import { Command } from '@nestjs/cqrs';

/** A new payment attempt for a pending order: registered with the provider; answers its payment page. */
export class StartPayment extends Command<{ paymentUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly orderId: string,
  ) {
    super();
  }
}
