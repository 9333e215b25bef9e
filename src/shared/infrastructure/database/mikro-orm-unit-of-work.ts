import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../application/unit-of-work';
import { AggregateRoot, isAggregateRoot } from '../../domain/aggregate-root';
import { DomainEventReactions } from './domain-event-reactions';

/** Reactions may record further events; this bounds the chain so a cycle fails loudly, not forever. */
const MAX_REACTION_ROUNDS = 10;

/** Aggregates written by one statement for many, outside the identity map: by transaction. */
const writtenInBulk = new WeakMap<EntityManager, AggregateRoot[]>();

/** Writes held until a transaction's reactions have settled, run just before it commits: by transaction. */
const heldWrites = new WeakMap<EntityManager, Array<() => Promise<void>>>();

/** The entity manager of the unit of work's transaction; `what` says what refused to run outside one. */
function currentTransaction(em: EntityManager, what: string): EntityManager {
  const transaction = em.getContext(false);
  if (!transaction.isInTransaction()) throw new Error(`${what} inside the unit of work`);
  return transaction;
}

/**
 * For a repository that inserts many new aggregates with one statement instead of tracking each in the
 * identity map (whose flush cost grows with every entity in it): the unit of work still dispatches their
 * events before the commit, as for the aggregates it tracks. Only inside `run`.
 */
export function writtenWithoutTracking(em: EntityManager, aggregates: AggregateRoot[]): void {
  const transaction = currentTransaction(em, 'Aggregates are written in bulk');
  const written = writtenInBulk.get(transaction) ?? [];
  written.push(...aggregates);
  writtenInBulk.set(transaction, written);
}

/**
 * Holds a write until the transaction's reactions have settled (they may add to what it writes), then
 * runs it just before the commit: for rows gathered from the whole command and written with one
 * statement, as the outbox's. Only inside `run` (`what` names the refused write outside it).
 */
export function beforeCommit(
  em: EntityManager,
  write: (transaction: EntityManager) => Promise<void>,
  what = 'Writes are held',
): void {
  const transaction = currentTransaction(em, what);
  const writes = heldWrites.get(transaction) ?? [];
  writes.push(() => write(transaction));
  heldWrites.set(transaction, writes);
}

/**
 * One transaction per command. The work runs with the transaction's entity manager as the context
 * (repositories and the outbox pick it up), then the events of every aggregate in the identity map (and
 * of those written in bulk) are handed to the in-transaction reactions, everything is flushed, the held
 * writes run, and all is committed together.
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
      for (const write of heldWrites.get(em) ?? []) await write();
      return result;
    });
  }
}
