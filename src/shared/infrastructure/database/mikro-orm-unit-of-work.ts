import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../application/unit-of-work';
import { AggregateRoot, isAggregateRoot } from '../../domain/aggregate-root';
import { DomainEventReactions } from './domain-event-reactions';

/** Reactions may record further events; this bounds the chain so a cycle fails loudly, not forever. */
const MAX_REACTION_ROUNDS = 10;

/** Aggregates written by one statement for many, outside the identity map: by transaction. */
const writtenInBulk = new WeakMap<EntityManager, AggregateRoot[]>();

/**
 * For a repository that inserts many new aggregates with one statement instead of tracking each in the
 * identity map (whose flush cost grows with every entity in it): the unit of work still dispatches their
 * events before the commit, as for the aggregates it tracks. Only inside `run`.
 */
export function writtenWithoutTracking(em: EntityManager, aggregates: AggregateRoot[]): void {
  const transaction = em.getContext(false);
  if (!transaction.isInTransaction())
    throw new Error('Aggregates are written in bulk inside the unit of work');
  const written = writtenInBulk.get(transaction) ?? [];
  written.push(...aggregates);
  writtenInBulk.set(transaction, written);
}

/**
 * One transaction per command. The work runs with the transaction's entity manager as the context
 * (repositories and the outbox pick it up), then the events of every aggregate in the identity map (and
 * of those written in bulk) are handed to the in-transaction reactions, and everything is flushed and
 * committed together.
 */
@Injectable()
export class MikroOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly em: EntityManager,
    private readonly reactions: DomainEventReactions,
  ) {
    super();
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.em.transactional(async (em) => {
      const result = await work();
      for (let round = 0; ; round++) {
        await em.flush();
        const events = [
          ...em.getUnitOfWork().getIdentityMap().values().filter(isAggregateRoot),
          ...(writtenInBulk.get(em) ?? []),
        ]
          .flatMap((aggregate) => aggregate.pullDomainEvents())
          .filter((event) => this.reactions.reactsTo(event));
        // Without a reaction nothing new can be waiting: another flush would compare every entity again.
        if (events.length === 0) break;
        if (round === MAX_REACTION_ROUNDS) throw new Error('Domain event reactions did not settle');
        for (const event of events) await this.reactions.dispatch(event);
      }
      return result;
    });
  }
}
