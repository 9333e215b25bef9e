import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { Paged, pagedOf } from '../../views/ordering-views';
import { PrintBatchView, printBatchView } from '../../views/print-batch-view';
import { ListPrintBatches } from './list-print-batches.query';

@QueryHandler(ListPrintBatches)
export class ListPrintBatchesHandler implements IQueryHandler<ListPrintBatches, Paged<PrintBatchView>> {
  constructor(
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
  ) {}

  async execute({ page, pageSize }: ListPrintBatches): Promise<Paged<PrintBatchView>> {
    const found = await this.batches.list({ offset: (page - 1) * pageSize, limit: pageSize });
    const counts = await this.orders.productCountsByBatch(found.items.map((b) => b.id));
    return pagedOf(
      found.items.map((b) => printBatchView(b, counts.get(b.id))),
      found.total,
      page,
      pageSize,
    );
  }
}
