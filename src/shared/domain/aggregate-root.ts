import { DomainEvent } from './domain-event';

/**
 * Base of every aggregate: guards its rules in intention-revealing methods and records the events
 * they cause. The unit of work collects the events when the command commits.
 *
 * The event list is created lazily because the ORM may materialise aggregates without running
 * their constructor.
 */
export abstract class AggregateRoot {
  private pendingEvents?: DomainEvent[];

  protected record(event: DomainEvent): void {
    (this.pendingEvents ??= []).push(event);
  }

  /** Returns the events recorded since the last call and forgets them. */
  pullDomainEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }
}

export function isAggregateRoot(value: unknown): value is AggregateRoot {
  return value instanceof AggregateRoot;
}
