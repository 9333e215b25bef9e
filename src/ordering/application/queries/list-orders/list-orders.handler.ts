import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { orderView, Paged, pagedOf } from '../../views/ordering-views';
import { ListOrders } from './list-orders.query';
import { StaffOrderView } from '../../views/staff-order-view';

@QueryHandler(ListOrders)
export class ListOrdersHandler implements IQueryHandler<ListOrders, Paged<StaffOrderView>> {
  constructor(private readonly orders: OrderRepository) {}

  async execute({ status, page, pageSize }: ListOrders): Promise<Paged<StaffOrderView>> {
    const found = await this.orders.listByStatus(status, { offset: (page - 1) * pageSize, limit: pageSize });
    const items = found.items.map((o) => ({
      ...orderView(o),
      candidateNumber: o.candidateNumber,
      email: o.email,
      printBatchId: o.printBatchId,
    }));
    return pagedOf(items, found.total, page, pageSize);
  }
}
