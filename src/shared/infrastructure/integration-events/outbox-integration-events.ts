import { Injectable } from '@nestjs/common';
import { IntegrationEvents, IntegrationEventType } from '../../application/integration-events';
import { Outbox } from '../../application/outbox';
import { Clock, newId } from '../../domain';
import {
  INTEGRATION_EVENT_TOPIC,
  IntegrationEventEnvelope,
  IntegrationEventSubscribers,
} from './integration-event-subscribers';

/**
 * One outbox row per subscriber, in the publisher's transaction: each subscriber's delivery is its own
 * job, retried and dead-lettered on its own, and an event nobody subscribes to costs nothing.
 */
@Injectable()
export class OutboxIntegrationEvents extends IntegrationEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly subscribers: IntegrationEventSubscribers,
    private readonly clock: Clock,
  ) {
    super();
  }

  publish<TPayload extends object>(type: IntegrationEventType<TPayload>, payload: TPayload): void {
    const eventId = newId();
    const occurredAt = this.clock.now().toISOString();
    for (const subscriber of this.subscribers.subscribersOf(type)) {
      const envelope: IntegrationEventEnvelope = {
        eventId,
        event: type.name,
        version: type.version,
        subscriber,
        occurredAt,
        payload: payload as Record<string, unknown>,
      };
      this.outbox.add({ topic: INTEGRATION_EVENT_TOPIC, payload: envelope });
    }
  }
}
