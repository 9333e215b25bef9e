// Each test file gets a fresh database on the run's Postgres server, migrated, and dropped after.
// A database whose name does not say it is for tests is refused, so a test can never wipe real data.
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { mikroOrmOptions } from '../../src/shared/infrastructure/database/mikro-orm-options';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function assertTestDatabaseName(name: string): void {
  if (!/(^|_)test(_|$)/.test(name)) {
    throw new Error(`Refusing to use database "${name}": a test database's name must contain "test"`);
  }
}

function serverUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url)
    throw new Error('TEST_POSTGRES_URL is not set: run tests through jest (test/support/global-setup.ts)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates veri_test_<random>, applies every migration, and returns its URL. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `veri_test_${randomBytes(6).toString('hex')}`;
  assertTestDatabaseName(name);
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl(), name);
  if (options.migrate !== false) {
    const orm = await MikroORM.init({
      ...mikroOrmOptions(url),
      entities: [],
      discovery: { warnWhenNoEntities: false },
    });
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.close(true);
    }
  }
  return {
    url,
    name,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
