import { Query } from '@nestjs/cqrs';
import { OrderView, Paged } from '../../views/ordering-views';

/** The candidate's orders, newest first. */
export class ListMyOrders extends Query<Paged<OrderView>> {
  constructor(
    readonly accountId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
