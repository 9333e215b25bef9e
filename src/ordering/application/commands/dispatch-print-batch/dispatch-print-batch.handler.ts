import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ReprintClaims } from '../../../domain/basket';
import { OrderRepository } from '../../../domain/order';
import { PrintBatchNotFoundError } from '../../../domain/ordering.errors';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { DispatchPrintBatch } from './dispatch-print-batch.command';

@CommandHandler(DispatchPrintBatch)
export class DispatchPrintBatchHandler implements ICommandHandler<DispatchPrintBatch> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
    private readonly claims: ReprintClaims,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ batchId, actor }: DispatchPrintBatch): Promise<{ batchId: string; dispatchedOrders: number }> {
    return this.uow.run(async () => {
      const batch = await this.batches.findById(batchId);
      if (!batch) throw new PrintBatchNotFoundError();
      const now = this.clock.now();
      batch.dispatch(now);
      const orders = await this.orders.listInBatch(batch.id);
      for (const order of orders) {
        order.dispatch(now);
        // A dispatched copy is finished: the candidate may order that document again later.
        await this.claims.release(order.id);
      }
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'ordering.print-batch-dispatched',
        targetType: 'print_batch',
        targetId: batch.id,
        details: { orders: orders.length },
      });
      return { batchId: batch.id, dispatchedOrders: orders.length };
    });
  }
}
