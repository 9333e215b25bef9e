import { asFewStatements } from './few-statements';

describe('asFewStatements', () => {
  it('sends one write as it is', () => {
    const write = { sql: 'DELETE FROM a WHERE id = ?', params: [1] };
    expect(asFewStatements([write])).toEqual([write]);
  });

  it('makes every write but the last a WITH of the last, with the parameters in the order of their ?', () => {
    expect(
      asFewStatements([
        { sql: 'DELETE FROM a WHERE id = ?', params: [1] },
        { sql: 'UPDATE b SET x = ? WHERE id = ?', params: [2, 3] },
        { sql: 'INSERT INTO c (x) VALUES (?)', params: [4] },
      ]),
    ).toEqual([
      {
        sql: 'WITH w1 AS (DELETE FROM a WHERE id = ?), w2 AS (UPDATE b SET x = ? WHERE id = ?) INSERT INTO c (x) VALUES (?)',
        params: [1, 2, 3, 4],
      },
    ]);
  });

  it("starts another statement where the parameters would pass PostgreSQL's limit", () => {
    const many = (n: number) => ({ sql: `INSERT INTO t${n}`, params: new Array(n).fill(0) });
    const statements = asFewStatements([many(40_000), many(20_000), many(10_000), many(1)]);
    expect(statements.map((s) => [s.sql, s.params.length])).toEqual([
      ['WITH w1 AS (INSERT INTO t40000) INSERT INTO t20000', 60_000],
      ['WITH w1 AS (INSERT INTO t10000) INSERT INTO t1', 10_001],
    ]);
  });

  it('sends nothing for no writes', () => {
    expect(asFewStatements([])).toEqual([]);
  });
});
