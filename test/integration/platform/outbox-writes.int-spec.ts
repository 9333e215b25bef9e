// The outbox on real Postgres: a command's messages, its reactions' included, are written with one
// statement just before its transaction commits, and only if it commits; outside a unit of work a
// message is refused, where it was once kept in memory and never written (ADR 0030).
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Client } from 'pg';
import { Outbox } from '../../../src/shared/application/outbox';
import { UnitOfWork } from '../../../src/shared/application/unit-of-work';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { Platform, startPlatform } from '../../support/platform';
import { statementsDuring } from '../../support/statements';

describe('outbox writes', () => {
  let database: TestDatabase;
  let platform: Platform;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await startPlatform({ DATABASE_URL: database.url, RUN_WORKERS: 'false' });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await platform?.close();
    await database?.drop();
  });

  const inRequest = <T>(work: () => Promise<T>): Promise<T> =>
    RequestContext.create(platform.app.get(MikroORM).em, work);
  const rows = async (topic: string) =>
    (await sql.query('SELECT payload FROM outbox WHERE topic = $1 ORDER BY created_at', [topic])).rows.map(
      (r) => r.payload,
    );

  it("writes a command's messages with one statement, as its last before the commit", async () => {
    const outbox = platform.app.get(Outbox);
    const { statements } = await statementsDuring(() =>
      inRequest(() =>
        platform.app.get(UnitOfWork).run(async () => {
          outbox.add({ topic: 'test.gathered', payload: { n: 1 } });
          outbox.add({ topic: 'test.gathered', payload: { n: 2 } });
          outbox.add({ topic: 'test.gathered', payload: { n: 3 } });
        }),
      ),
    );
    expect(statements.filter((s) => /outbox/i.test(s) || /^(begin|commit)/i.test(s))).toEqual([
      'BEGIN;',
      'INSERT INTO outbox',
      'COMMIT;',
    ]);
    expect(await rows('test.gathered')).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('writes nothing for a command that fails', async () => {
    const outbox = platform.app.get(Outbox);
    await expect(
      inRequest(() =>
        platform.app.get(UnitOfWork).run(async () => {
          outbox.add({ topic: 'test.rolled-back', payload: { n: 1 } });
          throw new Error('the command failed');
        }),
      ),
    ).rejects.toThrow('the command failed');
    expect(await rows('test.rolled-back')).toEqual([]);
  });

  it('refuses a message outside a unit of work, rather than keep it where nothing writes it', async () => {
    const outbox = platform.app.get(Outbox);
    await inRequest(async () =>
      expect(() => outbox.add({ topic: 'test.outside', payload: { n: 1 } })).toThrow(
        'Outbox messages are written inside the unit of work',
      ),
    );
    expect(await rows('test.outside')).toEqual([]);
  });
});
