import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PrintBatch, PrintBatchRepository } from '../../../domain/print-batch';
import { Paged, pagedOf } from '../../views/ordering-views';
import { ListPrintBatches, PrintBatchView } from './list-print-batches.query';

export function printBatchView(b: PrintBatch): PrintBatchView {
  return {
    id: b.id,
    number: b.number,
    status: b.status,
    orderCount: b.orderCount,
    itemCount: b.itemCount,
    createdAt: b.createdAt.toISOString(),
    dispatchedAt: b.dispatchedAt?.toISOString() ?? null,
  };
}

@QueryHandler(ListPrintBatches)
export class ListPrintBatchesHandler implements IQueryHandler<ListPrintBatches, Paged<PrintBatchView>> {
  constructor(private readonly batches: PrintBatchRepository) {}

  async execute({ page, pageSize }: ListPrintBatches): Promise<Paged<PrintBatchView>> {
    const found = await this.batches.list({ offset: (page - 1) * pageSize, limit: pageSize });
    return pagedOf(found.items.map(printBatchView), found.total, page, pageSize);
  }
}
