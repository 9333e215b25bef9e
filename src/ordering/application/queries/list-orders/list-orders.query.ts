import { Query } from '@nestjs/cqrs';
import { OrderStatus } from '../../../domain/order';
import { Paged } from '../../views/ordering-views';
import { StaffOrderView } from '../../views/staff-order-view';

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
