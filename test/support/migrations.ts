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

/** A new database with the migrations up to and including `migration` run, and no others. */
export async function databaseMigratedTo(migration: string): Promise<MigratedDatabase> {
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
