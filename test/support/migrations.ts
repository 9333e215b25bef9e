// A database migrated up to a given migration, for tests of the migrations after it on existing data.
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { mikroOrmOptions } from '../../src/shared/infrastructure/database/mikro-orm-options';
import { createTestDatabase, TestDatabase } from './database';

export interface MigratedDatabase {
  /** A client on the database, for arranging rows and reading them back. */
  client: Client;
  /** Runs the migrations after the one named. */
  migrateRest(): Promise<void>;
  close(): Promise<void>;
}

/**
 * For the suite: a new database with the migrations up to and including `migration` run and no others,
 * dropped after it. Its fields are set before the first test runs.
 */
export function useDatabaseMigratedTo(migration: string): MigratedDatabase {
  const suite = {} as MigratedDatabase;
  beforeAll(async () => Object.assign(suite, await databaseMigratedTo(migration)));
  afterAll(() => suite.close?.());
  return suite;
}

async function databaseMigratedTo(migration: string): Promise<MigratedDatabase> {
  const database: TestDatabase = await createTestDatabase({ migrate: false });
  const orm = await MikroORM.init({
    ...mikroOrmOptions(database.url),
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  await orm.getMigrator().up({ to: migration });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return {
    client,
    migrateRest: async () => {
      await orm.getMigrator().up();
    },
    close: async () => {
      await client.end();
      await orm.close(true);
      await database.drop();
    },
  };
}
