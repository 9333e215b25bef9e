import { Client } from 'pg';
import { assertTestDatabaseName, createTestDatabase, TestDatabase } from '../../support/database';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database.drop());

  it('apply to an empty database and create the platform tables', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    await client.end();
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['mikro_orm_migrations', 'outbox', 'session']),
    );
  });

  it('refuses a database whose name does not say it is for tests', () => {
    expect(() => assertTestDatabaseName('veri')).toThrow(/must contain "test"/);
    expect(() => assertTestDatabaseName('veri_test_abc')).not.toThrow();
  });
});
