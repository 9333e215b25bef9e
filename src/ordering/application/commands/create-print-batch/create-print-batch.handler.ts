import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import { NothingToBatchError } from '../../../domain/ordering.errors';
import { PrintBatch, PrintBatchRepository } from '../../../domain/print-batch';
import { CreatedPrintBatch, CreatePrintBatch } from './create-print-batch.command';

@CommandHandler(CreatePrintBatch)
export class CreatePrintBatchHandler implements ICommandHandler<CreatePrintBatch> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly batches: PrintBatchRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ actor }: CreatePrintBatch): Promise<CreatedPrintBatch> {
    return this.uow.run(async () => {
      const orders = await this.orders.lockPaidUnbatched();
      if (orders.length === 0) throw new NothingToBatchError();
      const batch = PrintBatch.gather(orders, {
        id: newId(),
        number: await this.batches.nextNumber(),
        createdBy: actor.accountId,
        at: this.clock.now(),
      });
      await this.batches.add(batch);
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'ordering.print-batch-created',
        targetType: 'print_batch',
        targetId: batch.id,
        details: { orders: batch.orderCount, items: batch.itemCount },
      });
      return {
        batchId: batch.id,
        number: batch.number,
        orderCount: batch.orderCount,
        itemCount: batch.itemCount,
      };
    });
  }
}
