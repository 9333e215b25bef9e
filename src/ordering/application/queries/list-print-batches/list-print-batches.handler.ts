import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { Paged, pagedOf } from '../../views/ordering-views';
import { ListPrintBatches } from './list-print-batches.query';
import { PrintBatchView, printBatchView } from '../../views/print-batch-view';

@QueryHandler(ListPrintBatches)
export class ListPrintBatchesHandler implements IQueryHandler<ListPrintBatches, Paged<PrintBatchView>> {
  constructor(private readonly batches: PrintBatchRepository) {}

  async execute({ page, pageSize }: ListPrintBatches): Promise<Paged<PrintBatchView>> {
    const found = await this.batches.list({ offset: (page - 1) * pageSize, limit: pageSize });
    return pagedOf(found.items.map(printBatchView), found.total, page, pageSize);
  }
}
