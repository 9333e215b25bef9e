import { AggregateRoot } from '../../domain/aggregate-root';
import { DomainEvent } from '../../domain/domain-event';
import { UnitOfWork } from '../unit-of-work';

/** An in-memory repository, seen by the unit of work the way the ORM's identity map is. */
export interface HoldsAggregates {
  aggregates(): Iterable<unknown>;
}

/**
 * Runs the work directly (no transaction) and, when it succeeds, collects the domain events recorded by
 * the aggregates the given in-memory repositories hold, as MikroOrmUnitOfWork does before it commits.
 * When the work throws, the events are thrown away too (a rolled-back command publishes nothing); the
 * in-memory state is not rolled back, so specs check what a refused command left with a fresh set-up.
 */
export class RecordingUnitOfWork extends UnitOfWork {
  readonly events: DomainEvent[] = [];
  committed = 0;
  rolledBack = 0;
  private readonly sources: HoldsAggregates[];

  constructor(...sources: HoldsAggregates[]) {
    super();
    this.sources = sources;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.events.push(...this.pull());
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
