// A MikroORM on a fresh test database (test/support/database.ts) knowing only the given schemas: for
// repository round trips, without starting the application.
import { Options } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { mikroOrmOptions } from '../../src/shared/infrastructure/database/mikro-orm-options';
import { createTestDatabase, TestDatabase } from './database';

export interface TestOrm {
  orm: MikroORM;
  /** A new entity manager with an empty identity map: what it reads comes from the database. */
  fresh(): EntityManager;
  /** Runs `work` in a transaction of a new entity manager, as a command does, and commits. */
  inTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function ormOnTestDatabase(schemas: NonNullable<Options['entities']>): Promise<TestOrm> {
  const db: TestDatabase = await createTestDatabase();
  const orm = await MikroORM.init({ ...mikroOrmOptions(db.url), entities: schemas });
  return {
    orm,
    fresh: () => orm.em.fork(),
    inTransaction: (work) => orm.em.fork().transactional((em) => work(em)),
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
