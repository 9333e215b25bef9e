import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { OrderView, orderView, Paged, pagedOf } from '../../views/ordering-views';
import { ListMyOrders } from './list-my-orders.query';

@QueryHandler(ListMyOrders)
export class ListMyOrdersHandler implements IQueryHandler<ListMyOrders, Paged<OrderView>> {
  constructor(private readonly orders: OrderRepository) {}

  async execute({ accountId, page, pageSize }: ListMyOrders): Promise<Paged<OrderView>> {
    const found = await this.orders.listOwned(accountId, { offset: (page - 1) * pageSize, limit: pageSize });
    return pagedOf(found.items.map(orderView), found.total, page, pageSize);
  }
}
