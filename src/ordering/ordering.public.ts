// The only file other contexts may import from Ordering: its queries and integration events.

// The profile header's ORDERS and LETTERS counts (Ordering also contributes them to Identity's
// AccountCounts itself, through @ContributesAccountCounts).
export { CountAccountOrders } from './application/queries/count-account-orders/count-account-orders.query';
// The basket summary (item count and total) of the header.
export { GetBasket } from './application/queries/get-basket/get-basket.query';
export type { BasketView } from './application/views/ordering-views';

// A candidate's orders, newest first (the staff candidate page lists them).
export { ListMyOrders } from './application/queries/list-my-orders/list-my-orders.query';
export type { OrderView } from './application/views/ordering-views';

// Staff: orders by status ("paid" orders are the ones waiting for a print batch).
export { ListOrders } from './application/queries/list-orders/list-orders.query';
export type { StaffOrderView } from './application/views/staff-order-view';

// Integration events.
export * from './ordering.integration-events';
