import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { PrintBatchNotFoundError } from '../../../domain/ordering.errors';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { orderView } from '../../views/ordering-views';
import { printBatchView } from '../../views/print-batch-view';
import { PrintBatchView } from '../../views/print-batch-view';
import { StaffOrderView } from '../../views/staff-order-view';
import { GetPrintBatch } from './get-print-batch.query';

@QueryHandler(GetPrintBatch)
export class GetPrintBatchHandler implements IQueryHandler<
  GetPrintBatch,
  { batch: PrintBatchView; orders: StaffOrderView[] }
> {
  constructor(
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
  ) {}

  async execute({ batchId }: GetPrintBatch): Promise<{ batch: PrintBatchView; orders: StaffOrderView[] }> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw new PrintBatchNotFoundError();
    const orders = await this.orders.listInBatch(batch.id);
    const lines = orders.flatMap((o) => o.lines);
    return {
      batch: printBatchView(batch, {
        letters: lines.filter((l) => l.productCode === 'poq-letter').length,
        certificates: lines.filter((l) => l.productCode === 'certificate-reprint').length,
      }),
      orders: orders.map((o) => ({
        ...orderView(o),
        candidateNumber: o.candidateNumber,
        email: o.email,
        printBatchId: o.printBatchId,
      })),
    };
  }
}
