import 'reflect-metadata';
import { AggregateRoot } from '../../domain/aggregate-root';
import { DomainEvent } from '../../domain/domain-event';
import { DomainEventReaction, ReactsTo } from '../domain-event-reaction';
import { UnitOfWork } from '../unit-of-work';

/** An in-memory repository, seen by the unit of work the way the ORM's identity map is. */
export interface HoldsAggregates {
  aggregates(): Iterable<unknown>;
}

/** Reactions may record further events; as in production, a cycle fails loudly. */
const MAX_REACTION_ROUNDS = 10;

/**
 * Runs the work directly (no transaction) and, when it succeeds, collects the domain events recorded by
 * the aggregates the given in-memory repositories hold and hands them to the real `@ReactsTo` reactions
 * passed to `reacting` (which write to a RecordingOutbox or RecordingIntegrationEvents), as
 * MikroOrmUnitOfWork does before it commits. When the work throws, the events are thrown away too (a
 * rolled-back command publishes nothing); the in-memory state is not rolled back.
 */
export class RecordingUnitOfWork extends UnitOfWork {
  readonly events: DomainEvent[] = [];
  committed = 0;
  rolledBack = 0;
  private readonly sources: HoldsAggregates[];
  private readonly reactions: Array<{ to: Function[]; reaction: DomainEventReaction }> = [];

  constructor(...sources: HoldsAggregates[]) {
    super();
    this.sources = sources;
  }

  /** Dispatches committed events to these reactions, by their @ReactsTo event classes. */
  reacting(...reactions: DomainEventReaction[]): this {
    for (const reaction of reactions) {
      const to = (Reflect.getMetadata(ReactsTo.KEY, reaction.constructor) as Function[] | undefined) ?? [];
      this.reactions.push({ to, reaction });
    }
    return this;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      for (let round = 0; ; round++) {
        const events = this.pull();
        if (events.length === 0) break;
        if (round === MAX_REACTION_ROUNDS) throw new Error('Domain event reactions did not settle');
        this.events.push(...events);
        for (const event of events)
          for (const { to, reaction } of this.reactions)
            if (to.includes(event.constructor)) await reaction.handle(event);
      }
      this.committed++;
      return result;
    } catch (error) {
      this.pull();
      this.rolledBack++;
      throw error;
    }
  }

  /** The names of the events committed so far, in order. */
  eventNames(): string[] {
    return this.events.map((e) => e.eventName);
  }

  private pull(): DomainEvent[] {
    return this.sources.flatMap((source) =>
      [...source.aggregates()]
        .filter((a): a is AggregateRoot => a instanceof AggregateRoot)
        .flatMap((a) => a.pullDomainEvents()),
    );
  }
}

/** For handlers whose aggregates record no events (or specs that do not look at them). */
export class DirectUnitOfWork extends RecordingUnitOfWork {}
