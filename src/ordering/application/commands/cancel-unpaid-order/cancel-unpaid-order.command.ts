import { Command } from '@nestjs/cqrs';

/** The outbox topic of the job that cancels an order still unpaid after the payment timeout. */
export const CANCEL_UNPAID_ORDER_TOPIC = 'ordering.cancel-unpaid-order';

/** Cancels the order if it is still waiting for payment; its documents may then be ordered again. */
export class CancelUnpaidOrder extends Command<{ cancelled: boolean }> {
  constructor(readonly orderId: string) {
    super();
  }
}
