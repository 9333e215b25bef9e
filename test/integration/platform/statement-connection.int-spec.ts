// Plain statements sent as parameterised queries (ADR 0035), on the real PostgreSQL: what arrives is the
// same as MikroORM's formatting gave, inside a transaction and out of one, errors are converted as before,
// a finished transaction takes no more statements, and what only MikroORM can format still takes its path.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { StatementConnection } from '../../../src/shared/infrastructure/database/statement-connection';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';

describe('plain statements as parameterised queries', () => {
  let db: TestOrm;
  let orm: MikroORM;
  /** The text of every query pg sent meanwhile. */
  const sent: string[] = [];
  const original = Client.prototype.query;

  beforeAll(async () => {
    db = await ormOnTestDatabase([]);
    orm = db.orm;
    await orm.em.getConnection().execute(
      `CREATE TABLE statement_samples (id int PRIMARY KEY, name text, at timestamptz, day date,
         flag boolean, doc jsonb, bytes bytea, note text)`,
    );
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [first] = args as [string | { text: string }];
      sent.push(typeof first === 'string' ? first : first.text);
      return Reflect.apply(original, this, args);
    } as typeof original;
  });

  afterAll(async () => {
    Client.prototype.query = original;
    await db?.close();
  });

  const row = {
    at: new Date('2026-12-07T16:30:45.123Z'),
    doc: { lines: [{ product: 'certificate-reprint', price: 1500 }], note: "it's" },
    bytes: Buffer.from([0, 1, 2, 255]),
  };

  it('is the connection every MikroORM of the portal uses', () => {
    expect(orm.em.getConnection()).toBeInstanceOf(StatementConnection);
  });

  it('writes and reads values as MikroORM formatted them, numbered as $n, inside a transaction', async () => {
    sent.length = 0;
    await db.inTransaction((em) =>
      em.execute(
        'INSERT INTO statement_samples (id, name, at, day, flag, doc, bytes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [1, "O'Brien ? $1", row.at, row.at, true, row.doc, row.bytes, null],
      ),
    );
    expect(sent).toContain(
      'INSERT INTO statement_samples (id, name, at, day, flag, doc, bytes, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    );
    const [read] = await db
      .fresh()
      .execute(
        'SELECT name, at, day::text AS day, flag, doc, bytes, note FROM statement_samples WHERE id = ?',
        [1],
      );
    expect(read).toEqual({
      name: "O'Brien ? $1",
      at: '2026-12-07 16:30:45.123+00', // timestamptz arrives as text, on either path
      day: '2026-12-07',
      flag: true,
      doc: row.doc,
      bytes: row.bytes,
      note: null,
    });
  });

  it('answers a write with its count and rows, as before', async () => {
    const result = await db
      .fresh()
      .getConnection()
      .execute('UPDATE statement_samples SET note = ? WHERE id = ? RETURNING id', ['seen', 1], 'run');
    expect(result).toMatchObject({ affectedRows: 1, rows: [{ id: 1 }] });
  });

  it('converts a database error as MikroORM does, and the transaction rolls back', async () => {
    await expect(
      db.inTransaction(async (em) => {
        await em.execute('INSERT INTO statement_samples (id, name) VALUES (?, ?)', [2, 'first']);
        await em.execute('INSERT INTO statement_samples (id, name) VALUES (?, ?)', [1, 'again']);
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await db.fresh().execute('SELECT id FROM statement_samples WHERE id = ?', [2])).toEqual([]);
  });

  it('sends nothing on a transaction that has ended', async () => {
    const em = db.fresh();
    let ended: unknown;
    await em.transactional(async (inside) => {
      ended = inside.getTransactionContext();
    });
    await expect(
      em.getConnection().execute('SELECT 1 AS one WHERE ? = 1', [1], 'all', ended as never),
    ).rejects.toThrow('The transaction has ended');
  });

  it('leaves to MikroORM what only it can format: a list for IN (?), an identifier ??', async () => {
    sent.length = 0;
    const em = db.fresh();
    expect(await em.execute('SELECT id FROM statement_samples WHERE id IN (?)', [[1, 3]])).toEqual([
      { id: 1 },
    ]);
    expect(await em.execute('SELECT ?? FROM statement_samples WHERE id = ?', ['id', 1])).toEqual([{ id: 1 }]);
    expect(sent).toEqual([
      'SELECT id FROM statement_samples WHERE id IN (1, 3)',
      'SELECT "id" FROM statement_samples WHERE id = 1',
    ]);
  });

  it('runs a statement without parameters as it is (several at once included)', async () => {
    sent.length = 0;
    expect(await db.fresh().execute('SELECT 1 AS one; SELECT 2 AS two')).toEqual([
      [{ one: 1 }],
      [{ two: 2 }],
    ]);
    expect(sent).toEqual(['SELECT 1 AS one; SELECT 2 AS two']);
  });
});
