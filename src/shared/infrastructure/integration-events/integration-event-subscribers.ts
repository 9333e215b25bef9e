import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  IntegrationEventHandler,
  IntegrationEventType,
  SubscribesTo,
} from '../../application/integration-events';

/** The outbox topic of every delivery of an integration event to one subscriber. */
export const INTEGRATION_EVENT_TOPIC = 'integration-event.deliver';

/** What an outbox row carries for one subscriber. */
export interface IntegrationEventEnvelope {
  eventId: string;
  event: string;
  version: number;
  subscriber: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

const keyOf = (type: IntegrationEventType<object>) => `${type.name}@v${type.version}`;

/** Every @SubscribesTo provider, found once at start-up: by event for publishing, by name for delivery. */
@Injectable()
export class IntegrationEventSubscribers implements OnModuleInit {
  private readonly namesByEvent = new Map<string, string[]>();
  private readonly handlersByName = new Map<string, IntegrationEventHandler<object>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: SubscribesTo.KEY })) {
      const subscription = this.discovery.getMetadataByDecorator(SubscribesTo, wrapper);
      if (!subscription || !wrapper.instance) continue;
      const { event, subscriber } = subscription;
      if (this.handlersByName.has(subscriber)) throw new Error(`Two subscribers named "${subscriber}"`);
      this.handlersByName.set(subscriber, wrapper.instance as IntegrationEventHandler<object>);
      this.namesByEvent.set(keyOf(event), [...(this.namesByEvent.get(keyOf(event)) ?? []), subscriber]);
    }
  }

  subscribersOf(type: IntegrationEventType<object>): readonly string[] {
    return this.namesByEvent.get(keyOf(type)) ?? [];
  }

  handler(subscriber: string): IntegrationEventHandler<object> | undefined {
    return this.handlersByName.get(subscriber);
  }
}
