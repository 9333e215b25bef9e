// The ledger that closes outbox rows when their jobs finish (ADR 0010), on real Postgres. Many jobs
// finishing at once, or within a few milliseconds of each other, are closed by a few statements, not one
// each (a worker running 50 jobs at once spent a large share of its time on those round trips and
// commits), and each caller still waits for its own row.
import { Pool } from 'pg';
import { statementsDuring } from '../../support/statements';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxJobLedger } from '../../../src/shared/infrastructure/outbox/outbox-job-ledger';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { Platform, startPlatform } from '../../support/platform';

describe('OutboxJobLedger', () => {
  let database: TestDatabase;
  let platform: Platform;
  // A pool: the test asks from many callers at once, which one client may not answer (pg 9 refuses it).
  let sql: Pool;

  const insertRows = async (count: number, topic: string): Promise<string[]> =>
    (
      await sql.query(
        `INSERT INTO outbox (id, topic, payload, created_at, not_before)
         SELECT gen_random_uuid(), $1, '{}'::jsonb, now(), now() FROM generate_series(1, $2) RETURNING id`,
        [topic, count],
      )
    ).rows.map((row) => row.id as string);

  const closed = async (ids: string[]): Promise<number> =>
    Number(
      (await sql.query('SELECT count(*) FROM outbox WHERE id = ANY($1) AND completed_at IS NOT NULL', [ids]))
        .rows[0].count,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await startPlatform({ DATABASE_URL: database.url, RUN_WORKERS: 'false' });
    sql = new Pool({ connectionString: database.url, max: 4 });
  });

  afterAll(async () => {
    await sql?.end();
    await platform?.close();
    await database?.drop();
  });

  it('closes many rows completed at once with a few statements, each caller after its own row', async () => {
    const ids = await insertRows(50, 'test.many');
    const ledger = platform.app.get(OutboxJobLedger);
    const closedWhenAnswered: number[] = [];
    const { statements } = await statementsDuring(
      () =>
        Promise.all(
          ids.map(async (id) => {
            await ledger.completed(id);
            closedWhenAnswered.push(await closed([id]));
          }),
        ),
      (text) => (text.startsWith('UPDATE outbox') ? text : undefined),
    );
    expect(await closed(ids)).toBe(50);
    expect(closedWhenAnswered).toEqual(ids.map(() => 1));
    expect(statements.length).toBeLessThanOrEqual(2);
  });

  it('closes rows completed a few milliseconds apart with one statement', async () => {
    const ids = await insertRows(3, 'test.apart-a-little');
    // A window far longer than the gaps, so that a busy machine cannot stretch a gap past it.
    const ledger = new OutboxJobLedger(platform.app.get(EntityManager), 500);
    const { statements } = await statementsDuring(
      async () => {
        const answered: Array<Promise<void>> = [];
        for (const id of ids) {
          answered.push(ledger.completed(id));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        await Promise.all(answered);
      },
      (text) => (text.startsWith('UPDATE outbox') ? text : undefined),
    );
    expect(await closed(ids)).toBe(3);
    expect(statements).toHaveLength(1);
  });

  it('still closes a row completed on its own, and one completed while another write is in flight', async () => {
    const [first, second] = await insertRows(2, 'test.apart');
    const ledger = platform.app.get(OutboxJobLedger);
    const firstDone = ledger.completed(first);
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([firstDone, ledger.completed(second)]);
    expect(await closed([first, second])).toBe(2);
  });
});
