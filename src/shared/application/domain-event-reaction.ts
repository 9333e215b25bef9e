import { DiscoveryService } from '@nestjs/core';
import { DomainEvent } from '../domain/domain-event';

type EventClass = abstract new (...args: never[]) => DomainEvent;

/**
 * Marks a provider that reacts to domain events inside the transaction that recorded them, e.g. to
 * write an email request to the outbox. Reactions must only touch the database (through ports): the
 * outbox carries anything that leaves the process.
 *
 *   @ReactsTo(CandidateRegistered)
 *   export class EmailRegistrationOutcome implements DomainEventReaction<CandidateRegistered> { ... }
 */
export const ReactsTo = DiscoveryService.createDecorator<EventClass[]>();

export interface DomainEventReaction<TEvent extends DomainEvent = DomainEvent> {
  handle(event: TEvent): Promise<void>;
}
