import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { OrderNotFoundError } from '../../../domain/ordering.errors';
import { OrderView, orderView } from '../../views/ordering-views';
import { GetMyOrder } from './get-my-order.query';

@QueryHandler(GetMyOrder)
export class GetMyOrderHandler implements IQueryHandler<GetMyOrder, OrderView> {
  constructor(private readonly orders: OrderRepository) {}

  async execute({ accountId, orderId }: GetMyOrder): Promise<OrderView> {
    const order = await this.orders.findOwned(accountId, orderId);
    if (!order) throw new OrderNotFoundError();
    return orderView(order);
  }
}
