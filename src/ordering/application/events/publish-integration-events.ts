import { publishes, publishingReaction } from '../../../shared/application/publishing-reaction';
import { OrderDispatched, OrderPaid } from '../../domain/order.events';
import { OrderDispatchedV1, OrderPaidV1 } from '../../ordering.integration-events';

/** Ordering's published contracts, from its domain events. */
export const PublishOrderingIntegrationEvents = publishingReaction([
  publishes(OrderPaid, OrderPaidV1, ({ orderId }) => ({ orderId })),
  publishes(OrderDispatched, OrderDispatchedV1, ({ orderId }) => ({ orderId })),
]);
