import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { IntegrationEvents } from '../../../shared/application/integration-events';
import { OrderDispatched, OrderPaid } from '../../domain/order.events';
import { OrderDispatchedV1, OrderPaidV1 } from '../../ordering.integration-events';

/** Turns Ordering's domain events into its published contracts, in the same transaction. */
@Injectable()
@ReactsTo([OrderPaid, OrderDispatched])
export class PublishOrderingIntegrationEvents implements DomainEventReaction<OrderPaid | OrderDispatched> {
  constructor(private readonly events: IntegrationEvents) {}

  async handle(event: OrderPaid | OrderDispatched): Promise<void> {
    this.events.publish(event instanceof OrderPaid ? OrderPaidV1 : OrderDispatchedV1, {
      orderId: event.orderId,
    });
  }
}
