import { waitingItemsFromQuery } from '../../../identity/identity.public';
import { formatMoney } from '../../../shared/infrastructure/templating/format-helpers';
import { ListMyOrders } from '../../application/queries/list-my-orders/list-my-orders.query';
import { OrderView, Paged } from '../../application/views/ordering-views';

/** The candidate dashboard: orders placed but not paid yet. */
export const WaitingOrdersContributor = waitingItemsFromQuery(
  (account) => new ListMyOrders(account.accountId, 1, 50),
  (orders: Paged<OrderView>) =>
    orders.items
      .filter((order) => order.payable)
      .map((order) => ({
        tile: 'orders',
        text: `Order ${order.number} waits for payment (${formatMoney(order.total.amountPence)})`,
        href: `/orders/${order.id}/payment`,
        action: 'Pay',
      })),
);
