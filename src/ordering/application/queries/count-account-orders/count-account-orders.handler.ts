import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { CountAccountOrders } from './count-account-orders.query';

@QueryHandler(CountAccountOrders)
export class CountAccountOrdersHandler implements IQueryHandler<
  CountAccountOrders,
  { orders: number; letters: number }
> {
  constructor(private readonly orders: OrderRepository) {}

  execute({ accountId }: CountAccountOrders): Promise<{ orders: number; letters: number }> {
    return this.orders.countsFor(accountId);
  }
}
