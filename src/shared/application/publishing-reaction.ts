import { Injectable, Type } from '@nestjs/common';
import { DomainEvent } from '../domain/domain-event';
import { DomainEventReaction, ReactsTo } from './domain-event-reaction';
import { IntegrationEvents, IntegrationEventType } from './integration-events';

/** One domain event and the contract it is published as, with the contract's payload taken from the event. */
export interface Publication<TEvent extends DomainEvent = DomainEvent> {
  readonly from: abstract new (...args: never[]) => TEvent;
  // A method, not a function property: a list of publications of different events is a Publication[].
  publishOn(events: IntegrationEvents, event: TEvent): void;
}

export function publishes<TEvent extends DomainEvent, TPayload extends object>(
  from: abstract new (...args: never[]) => TEvent,
  contract: IntegrationEventType<TPayload>,
  payloadOf: (event: TEvent) => TPayload,
): Publication<TEvent> {
  return { from, publishOn: (events, event) => events.publish(contract, payloadOf(event)) };
}

/**
 * A context's reaction that turns its domain events into its published contracts, in the transaction that
 * recorded them (the outbox sends them after the commit).
 */
export function publishingReaction(publications: Publication[]): Type<DomainEventReaction> {
  @Injectable()
  @ReactsTo(publications.map((publication) => publication.from))
  class PublishIntegrationEvents implements DomainEventReaction {
    constructor(private readonly events: IntegrationEvents) {}

    async handle(event: DomainEvent): Promise<void> {
      for (const publication of publications)
        if (event instanceof publication.from) publication.publishOn(this.events, event);
    }
  }
  return PublishIntegrationEvents;
}
