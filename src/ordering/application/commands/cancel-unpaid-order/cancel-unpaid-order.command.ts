import { Command } from '@nestjs/cqrs';

/** Cancels the order if it is still waiting for payment; its documents may then be ordered again. */
export class CancelUnpaidOrder extends Command<{ cancelled: boolean }> {
  constructor(readonly orderId: string) {
    super();
  }
}
