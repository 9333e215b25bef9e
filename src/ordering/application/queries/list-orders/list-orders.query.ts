import { Query } from '@nestjs/cqrs';
import { OrderStatus } from '../../../domain/order';
import { OrderView, Paged } from '../../views/ordering-views';

export interface StaffOrderView extends OrderView {
  candidateNumber: string;
  email: string;
  printBatchId: string | null;
}

/** Staff: orders by status (e.g. paid, waiting for a print batch), oldest first. */
export class ListOrders extends Query<Paged<StaffOrderView>> {
  constructor(
    readonly status: OrderStatus | undefined,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
