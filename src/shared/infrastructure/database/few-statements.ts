/** A plain statement with its `?` parameters, as `em.execute` takes it. */
export interface PlainStatement {
  sql: string;
  params: unknown[];
}

/** PostgreSQL's limit on the parameters of one statement (the protocol counts them in 16 bits). */
const MAX_PARAMETERS = 65_535;

/**
 * Writes that nothing reads back, sent in as few statements as PostgreSQL takes: every write but the last
 * of a statement becomes a data-modifying `WITH` of the last (`WITH w1 AS (DELETE ...), w2 AS (UPDATE ...)
 * INSERT ...`), so they cost one round trip together (ADR 0036). PostgreSQL runs them on one snapshot:
 * none sees another's rows, so they must not touch the same row twice, and a foreign key between two of
 * them holds because it is checked when the statement ends. A new statement starts where the parameters
 * would pass the protocol's limit.
 */
export function asFewStatements(writes: readonly PlainStatement[]): PlainStatement[] {
  const statements: PlainStatement[][] = [];
  let parameters = 0;
  for (const write of writes) {
    if (statements.length === 0 || parameters + write.params.length > MAX_PARAMETERS) {
      statements.push([]);
      parameters = 0;
    }
    statements[statements.length - 1].push(write);
    parameters += write.params.length;
  }
  return statements.map(asOneStatement);
}

function asOneStatement(writes: PlainStatement[]): PlainStatement {
  if (writes.length === 1) return writes[0];
  const ahead = writes.slice(0, -1).map((write, i) => `w${i + 1} AS (${write.sql})`);
  return {
    sql: `WITH ${ahead.join(', ')} ${writes[writes.length - 1].sql}`,
    params: writes.flatMap((write) => write.params),
  };
}
