import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesJob, JobHandler } from '../../../shared/application/job-handler';
import { CancelUnpaidOrder } from '../../application/commands/cancel-unpaid-order/cancel-unpaid-order.command';
import { CANCEL_UNPAID_ORDER_TOPIC } from '../../application/services/job-topics';

/** Runs when an order's payment time is up (the outbox holds the job until then); idempotent. */
@Injectable()
@HandlesJob(CANCEL_UNPAID_ORDER_TOPIC)
export class CancelUnpaidOrderJobHandler implements JobHandler<{ orderId: string }> {
  constructor(private readonly commands: CommandBus) {}

  async handle(payload: { orderId: string }): Promise<void> {
    if (typeof payload?.orderId !== 'string') return;
    await this.commands.execute(new CancelUnpaidOrder(payload.orderId));
  }
}
