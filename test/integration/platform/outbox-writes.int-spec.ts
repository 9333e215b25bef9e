// The outbox on real Postgres: a command's messages, its reactions' included, are written with one
// statement just before its transaction commits, and only if it commits; outside a unit of work a
// message is refused, where it was once kept in memory and never written (ADR 0030). A command's other
// held writes go in the same statement, a foreign key between two of them holds, and a held write that
// fails fails the whole command (ADR 0036).
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { Outbox } from '../../../src/shared/application/outbox';
import { UnitOfWork } from '../../../src/shared/application/unit-of-work';
import { writeBeforeCommit } from '../../../src/shared/infrastructure/database/mikro-orm-unit-of-work';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { Platform, startPlatform } from '../../support/platform';
import { statementsDuring } from '../../support/statements';

describe('outbox writes, and the other writes held to the commit', () => {
  let database: TestDatabase;
  let platform: Platform;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await startPlatform({ DATABASE_URL: database.url, RUN_WORKERS: 'false' });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    await sql.query(`
      CREATE TABLE held_parents (id integer PRIMARY KEY, name text NOT NULL UNIQUE);
      CREATE TABLE held_children (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES held_parents (id));
      INSERT INTO held_parents VALUES (1, 'kept'), (2, 'removed');`);
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

  /** `hold` runs inside a unit of work, in a request, with the entity manager writes are held on. */
  const command = (hold: (em: EntityManager) => void) =>
    RequestContext.create(platform.app.get(MikroORM).em, () =>
      platform.app.get(UnitOfWork).run(async () => hold(platform.app.get(EntityManager))),
    );
  const names = async () =>
    (await sql.query('SELECT name FROM held_parents ORDER BY id')).rows.map((r) => r.name);
  const children = async () => (await sql.query('SELECT id, parent_id FROM held_children ORDER BY id')).rows;

  it('sends every held write and row in one statement, the last before the COMMIT, in the order they were held', async () => {
    const { statements } = await statementsDuring(
      () =>
        command((em) => {
          writeBeforeCommit(em, 'INSERT INTO held_parents VALUES (?, ?)', [3, 'added'], 'Parents are added');
          // A row that refers to one written beside it: the foreign key is checked when the statement ends.
          writeBeforeCommit(em, 'INSERT INTO held_children VALUES (?, ?)', [30, 3], 'Children are added');
          writeBeforeCommit(em, 'DELETE FROM held_parents WHERE id = ?', [2], 'Parents are removed');
          platform.app.get(Outbox).add({ topic: 'test.held', payload: { n: 1 } });
        }),
      (text, values) => (/^(BEGIN|COMMIT)/.test(text) || /held_/.test(text) ? { text, values } : undefined),
    );
    expect(statements.map((s) => s.text.replace(/INSERT INTO outbox .*/, 'INSERT INTO outbox ...'))).toEqual([
      'BEGIN;',
      'WITH w1 AS (INSERT INTO held_parents VALUES ($1, $2)), w2 AS (INSERT INTO held_children VALUES ($3, $4)), ' +
        'w3 AS (DELETE FROM held_parents WHERE id = $5) INSERT INTO outbox ...',
      'COMMIT;',
    ]);
    expect(statements[1].values?.slice(0, 5)).toEqual([3, 'added', 30, 3, 2]);
    expect(statements[1].values).toContain('test.held');
    expect(await names()).toEqual(['kept', 'added']);
    expect(await children()).toEqual([{ id: 30, parent_id: 3 }]);
  });

  it('fails the command when a held write fails, and nothing it held or wrote stays', async () => {
    await expect(
      command((em) => {
        writeBeforeCommit(em, 'INSERT INTO held_parents VALUES (?, ?)', [4, 'new'], 'Parents are added');
        writeBeforeCommit(em, 'INSERT INTO held_parents VALUES (?, ?)', [5, 'kept'], 'Parents are added');
        platform.app.get(Outbox).add({ topic: 'test.held-failed', payload: { n: 1 } });
      }),
    ).rejects.toThrow(/held_parents_name_key/);
    expect(await names()).toEqual(['kept', 'added']);
    const outbox = await sql.query("SELECT 1 FROM outbox WHERE topic = 'test.held-failed'");
    expect(outbox.rows).toEqual([]);
  });
});
