import { integrationEvent } from '../shared/application/integration-events';

// What Ordering tells the other contexts, as versioned contracts (delivered after the commit, through
// the outbox; subscribe with @SubscribesTo and handle idempotently).

/** The candidate paid for the order; it waits for a print batch. */
export const OrderPaidV1 = integrationEvent<{ orderId: string }>('ordering.order-paid', 1);

/** The print house sent the order's documents. */
export const OrderDispatchedV1 = integrationEvent<{ orderId: string }>('ordering.order-dispatched', 1);
