import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DomainEventReaction, ReactsTo } from '../../application/domain-event-reaction';
import { DomainEvent } from '../../domain/domain-event';

/** Finds every @ReactsTo provider at start-up and hands each domain event to those that want it. */
@Injectable()
export class DomainEventReactions implements OnModuleInit {
  private readonly byEvent = new Map<Function, DomainEventReaction[]>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: ReactsTo.KEY })) {
      const eventClasses = this.discovery.getMetadataByDecorator(ReactsTo, wrapper) ?? [];
      for (const eventClass of eventClasses) {
        const list = this.byEvent.get(eventClass) ?? [];
        list.push(wrapper.instance as DomainEventReaction);
        this.byEvent.set(eventClass, list);
      }
    }
  }

  /** Whether any reaction wants this event: most events have none in the transaction. */
  reactsTo(event: DomainEvent): boolean {
    return this.byEvent.has(event.constructor);
  }

  async dispatch(event: DomainEvent): Promise<void> {
    for (const reaction of this.byEvent.get(event.constructor) ?? []) await reaction.handle(event);
  }
}
