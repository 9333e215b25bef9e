import { Query } from '@nestjs/cqrs';
import { Paged } from '../../views/ordering-views';
import { PrintBatchView } from '../../views/print-batch-view';

/** Staff: print batches, newest first. */
export class ListPrintBatches extends Query<Paged<PrintBatchView>> {
  constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
