// A MikroORM on a fresh test database (test/support/database.ts) knowing only the given schemas: for
// repository round trips, without starting the application.
import { Options, TransactionContext } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainEventReactions } from '../../src/shared/infrastructure/database/domain-event-reactions';
import { mikroOrmOptions } from '../../src/shared/infrastructure/database/mikro-orm-options';
import { MikroOrmUnitOfWork } from '../../src/shared/infrastructure/database/mikro-orm-unit-of-work';
import { createTestDatabase, TestDatabase } from './database';

export interface TestOrm {
  orm: MikroORM;
  /** A new entity manager with an empty identity map: what it reads comes from the database. */
  fresh(): EntityManager;
  /**
   * Runs `work` in the unit of work's transaction on a new entity manager, as a command does (without
   * reactions), and commits: what it held to the commit (ADR 0036) is written too.
   */
  inTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Reactions as the application finds them, had no provider any: none (they are found at start-up). */
const NO_REACTIONS = new DomainEventReactions(undefined as never);

export async function ormOnTestDatabase(schemas: NonNullable<Options['entities']>): Promise<TestOrm> {
  const db: TestDatabase = await createTestDatabase();
  const orm = await MikroORM.init({ ...mikroOrmOptions(db.url), entities: schemas });
  return {
    orm,
    fresh: () => orm.em.fork(),
    inTransaction: (work) =>
      new MikroOrmUnitOfWork(orm.em.fork(), NO_REACTIONS).run(() =>
        work(TransactionContext.getEntityManager() as EntityManager),
      ),
    close: async () => {
      await orm.close(true);
      await db.drop();
    },
  };
}

/**
 * An aggregate's own state for comparing round trips: without the events it recorded (not persisted),
 * and with an absent optional field as null, as the database gives it back.
 */
export function stateOf(aggregate: object): Record<string, unknown> {
  const { pendingEvents: _events, ...state } = aggregate as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(state).map(([key, value]) => [key, value === undefined ? null : value]),
  );
}
