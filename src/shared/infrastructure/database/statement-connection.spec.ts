import { numberedPlaceholders } from './statement-connection';

describe('numberedPlaceholders', () => {
  it('numbers each ? as PostgreSQL’s $n, in order', () => {
    expect(numberedPlaceholders('UPDATE t SET a = ?, b = ? WHERE id = ?', 3)).toBe(
      'UPDATE t SET a = $1, b = $2 WHERE id = $3',
    );
    expect(numberedPlaceholders('SELECT 1', 0)).toBe('SELECT 1');
  });

  it('leaves to MikroORM what only it formats: identifiers, an escaped ?, a $ already there, a count that differs', () => {
    expect(numberedPlaceholders('SELECT ?? FROM t WHERE id = ?', 2)).toBeNull();
    expect(numberedPlaceholders("SELECT doc \\? 'key' FROM t WHERE id = ?", 1)).toBeNull();
    expect(numberedPlaceholders('SELECT $$x$$ WHERE id = ?', 1)).toBeNull();
    expect(numberedPlaceholders('SELECT * FROM t WHERE id IN (?)', 2)).toBeNull();
  });
});
