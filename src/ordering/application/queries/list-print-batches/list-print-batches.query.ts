import { Query } from '@nestjs/cqrs';
import { Paged } from '../../views/ordering-views';

export interface PrintBatchView {
  id: string;
  number: number;
  status: 'printing' | 'dispatched';
  orderCount: number;
  itemCount: number;
  createdAt: string;
  dispatchedAt: string | null;
}

/** Staff: print batches, newest first. */
export class ListPrintBatches extends Query<Paged<PrintBatchView>> {
  constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
