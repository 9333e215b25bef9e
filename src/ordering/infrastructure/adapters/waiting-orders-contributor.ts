import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ContributesWaitingItems,
  WaitingItem,
  WaitingItemsContributor,
} from '../../../identity/identity.public';
import { formatMoney } from '../../../shared/infrastructure/templating/format-helpers';
import { ListMyOrders } from '../../application/queries/list-my-orders/list-my-orders.query';
import { OrderView, Paged } from '../../application/views/ordering-views';

/** The candidate dashboard: orders placed but not paid yet. */
@Injectable()
@ContributesWaitingItems()
export class WaitingOrdersContributor implements WaitingItemsContributor {
  constructor(private readonly queries: QueryBus) {}

  async waitingFor(account: { accountId: string }): Promise<WaitingItem[]> {
    const orders: Paged<OrderView> = await this.queries.execute(new ListMyOrders(account.accountId, 1, 50));
    return orders.items
      .filter((o) => o.payable)
      .map((o) => ({
        tile: 'orders' as const,
        text: `Order ${o.number} waits for payment (${formatMoney(o.total.amountPence)})`,
        href: `/orders/${o.id}/payment`,
        action: 'Pay',
      }));
  }
}
