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
      const itemCount = orders.reduce((sum, o) => sum + o.itemCount(), 0);
      const batch = new PrintBatch(
        newId(),
        await this.batches.nextNumber(),
        orders.length,
        itemCount,
        actor.accountId,
        this.clock.now(),
      );
      await this.batches.add(batch);
      for (const order of orders) order.addToPrintBatch(batch.id);
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'ordering.print-batch-created',
        targetType: 'print_batch',
        targetId: batch.id,
        details: { orders: orders.length, items: itemCount },
      });
      return { batchId: batch.id, number: batch.number, orderCount: orders.length, itemCount };
    });
  }
}
