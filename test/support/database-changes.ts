// For tests of what a process keeps until the database announces a change (ADR 0026): an ORM whose
// connections listen as the app's do, another process's connection, and a barrier that waits until every
// change so far was heard.
import { Options } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CHANGES_CHANNEL, DatabaseChanges } from '../../src/shared/infrastructure/database/database-changes';
import { mikroOrmOptions } from '../../src/shared/infrastructure/database/mikro-orm-options';
import { MikroOrmConnectionRepository } from '../../src/sharing/infrastructure/persistence/mikro-orm-connection.repository';
import { createTestDatabase } from './database';
import { eventually } from './eventually';

/** A MikroORM on the database at `url` whose every connection listens for `changes`, as the app's pool does. */
export async function listeningOrm(
  url: string,
  changes: DatabaseChanges,
  entities: NonNullable<Options['entities']> = [],
): Promise<MikroORM> {
  const options = mikroOrmOptions(url);
  return MikroORM.init({
    ...options,
    pool: { ...options.pool, afterCreate: changes.listenOn },
    entities,
    discovery: { warnWhenNoEntities: false },
  });
}

/** Sharing's connection repository on `em`, keeping nothing: its DatabaseChanges hears nothing (ADR 0031). */
export const connectionsOn = (em: EntityManager): MikroOrmConnectionRepository =>
  new MikroOrmConnectionRepository(em, new DatabaseChanges());

/** The barriers each DatabaseChanges has heard. */
const barriersHeard = new WeakMap<DatabaseChanges, Set<string>>();

function barriersOf(changes: DatabaseChanges): Set<string> {
  const known = barriersHeard.get(changes);
  if (known) return known;
  const heard = new Set<string>();
  changes.subscribe('test-barrier', { changed: (barrier) => heard.add(barrier), lost: () => undefined });
  barriersHeard.set(changes, heard);
  return heard;
}

/**
 * Waits until `changes` has heard every change `other` (another process's connection) committed before
 * now: notifications arrive in commit order, so a barrier sent after them is heard after them.
 */
export async function heardEverythingSoFar(changes: DatabaseChanges, other: Client): Promise<void> {
  const heard = barriersOf(changes);
  const barrier = randomUUID();
  await other.query(`SELECT pg_notify($1, $2)`, [CHANGES_CHANNEL, `test-barrier:${barrier}`]);
  await eventually(() => heard.has(barrier), { what: 'the barrier to be heard' });
}

/** A fresh test database as one web process and another see it. */
export interface ListeningDatabase {
  changes: DatabaseChanges;
  /** This process's ORM: every connection of its pool listens, as the app's does. */
  orm: MikroORM;
  /** A connection of another process. */
  other: Client;
  /** Waits until this process has heard every change `other` committed so far. */
  heardEverythingSoFar(): Promise<void>;
  close(): Promise<void>;
}

export async function listeningDatabase(
  entities: NonNullable<Options['entities']> = [],
): Promise<ListeningDatabase> {
  const database = await createTestDatabase();
  const changes = new DatabaseChanges();
  const orm = await listeningOrm(database.url, changes, entities);
  const other = new Client({ connectionString: database.url });
  await other.connect();
  return {
    changes,
    orm,
    other,
    heardEverythingSoFar: () => heardEverythingSoFar(changes, other),
    close: async () => {
      await other.end();
      await orm.close(true);
      await database.drop();
    },
  };
}
