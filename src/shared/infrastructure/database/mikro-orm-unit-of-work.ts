import { EntityName, Utils } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../application/unit-of-work';
import { AggregateRoot, isAggregateRoot } from '../../domain/aggregate-root';
import { DomainEventReactions } from './domain-event-reactions';
import { asFewStatements, PlainStatement } from './few-statements';
import { plainInsert } from './plain-insert';

/** Reactions may record further events; this bounds the chain so a cycle fails loudly, not forever. */
const MAX_REACTION_ROUNDS = 10;

/** Aggregates written by one statement for many, outside the identity map: by transaction. */
const writtenInBulk = new WeakMap<EntityManager, AggregateRoot[]>();

/** New rows held until a transaction's reactions have settled, by entity name: by transaction. */
const heldRows = new WeakMap<EntityManager, Map<string, object[]>>();

/** Plain writes held until the commit, in the order they were made: by transaction. */
const heldWrites = new WeakMap<EntityManager, PlainStatement[]>();

/** The entity manager of the unit of work's transaction; `what` says what refused to run outside one. */
function currentTransaction(em: EntityManager, what: string): EntityManager {
  const transaction = em.getContext(false);
  if (!transaction.isInTransaction()) throw new Error(`${what} inside the unit of work`);
  return transaction;
}

/** The transaction's list in `lists`, made when it is first asked for. */
function listOf<T>(lists: WeakMap<EntityManager, T[]>, transaction: EntityManager): T[] {
  let list = lists.get(transaction);
  if (!list) lists.set(transaction, (list = []));
  return list;
}

/**
 * For a repository that inserts many new aggregates with one statement instead of tracking each in the
 * identity map (whose flush cost grows with every entity in it): the unit of work still dispatches their
 * events before the commit, as for the aggregates it tracks. Only inside `run`.
 */
export function writtenWithoutTracking(em: EntityManager, aggregates: AggregateRoot[]): void {
  listOf(writtenInBulk, currentTransaction(em, 'Aggregates are written in bulk')).push(...aggregates);
}

/**
 * Holds a new row until the transaction's reactions have settled (they may add more of the same), then
 * inserts it with the others of its entity, one plain statement an entity, sent with the held writes just
 * before the commit: for rows gathered from the whole command, as the outbox's (ADR 0030), and for a new
 * row that nothing reads back in its own transaction (ADR 0036). Only inside `run` (`what` names the
 * refused row outside it, which no flush would ever write).
 */
export function insertBeforeCommit<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  row: T,
  what: string,
): void {
  const transaction = currentTransaction(em, what);
  const byEntity = heldRows.get(transaction) ?? new Map<string, object[]>();
  heldRows.set(transaction, byEntity);
  const name = Utils.className(entity);
  const rows = byEntity.get(name);
  if (rows) rows.push(row);
  else byEntity.set(name, [row]);
}

/**
 * Holds a plain write (an INSERT, UPDATE or DELETE) until the commit, where the transaction's held writes
 * and rows go to PostgreSQL together, as one statement (ADR 0036). For a write whose result nothing reads:
 * not its own command later (the row is not there until the commit), not another held write (they share
 * one snapshot), and not a caller that turns its error into an answer (it fails the commit instead). Only
 * inside `run`.
 */
export function writeBeforeCommit(em: EntityManager, sql: string, params: unknown[], what: string): void {
  listOf(heldWrites, currentTransaction(em, what)).push({ sql, params });
}

/**
 * One transaction per command. The work runs with the transaction's entity manager as the context
 * (repositories and the outbox pick it up), then the events of every aggregate in the identity map (and
 * of those written in bulk) are handed to the in-transaction reactions, everything is flushed, the held
 * writes and rows are sent in one statement, and all is committed together.
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
      const inserts = [...(heldRows.get(em) ?? [])].map(([entity, rows]) => plainInsert(em, entity, rows));
      for (const { sql, params } of asFewStatements([...(heldWrites.get(em) ?? []), ...inserts]))
        await em.execute(sql, params);
      return result;
    });
  }
}
