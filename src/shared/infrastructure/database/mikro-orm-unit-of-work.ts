import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../application/unit-of-work';
import { isAggregateRoot } from '../../domain/aggregate-root';
import { DomainEventReactions } from './domain-event-reactions';

/** Reactions may record further events; this bounds the chain so a cycle fails loudly, not forever. */
const MAX_REACTION_ROUNDS = 10;

/**
 * One transaction per command. The work runs with the transaction's entity manager as the context
 * (repositories and the outbox pick it up), then the events of every aggregate in the identity map are
 * handed to the in-transaction reactions, and everything is flushed and committed together.
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
        const events = em
          .getUnitOfWork()
          .getIdentityMap()
          .values()
          .filter(isAggregateRoot)
          .flatMap((aggregate) => aggregate.pullDomainEvents());
        if (events.length === 0) break;
        if (round === MAX_REACTION_ROUNDS) throw new Error('Domain event reactions did not settle');
        for (const event of events) await this.reactions.dispatch(event);
      }
      return result;
    });
  }
}
