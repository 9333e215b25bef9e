import { Client } from 'pg';

/** A statement's first words: enough to tell which round trip it is. */
const firstWords = (text: string) => text.trim().split(/\s+/).slice(0, 3).join(' ');

/**
 * The SQL statements the app sends while `work` runs, through every pg client, and what `work` gave: for
 * tests that pin how many round trips a path makes. `describe` turns each statement (its text and its
 * parameters) into what is kept (undefined leaves it out); by default its text's first words.
 */
export async function statementsDuring<T, S = string>(
  work: () => Promise<T>,
  describe: (text: string, values: unknown[] | undefined) => S | undefined = firstWords as (
    text: string,
  ) => S | undefined,
): Promise<{ statements: S[]; result: T }> {
  const statements: S[] = [];
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    const [config, params] = args as [string | { text?: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof config === 'string' ? config : config?.text;
    const values = typeof config === 'string' ? params : config?.values;
    // A connection the pool opens meanwhile first listens for changes (ADR 0026): set-up, not the path's work.
    const described = text === undefined || /^LISTEN /.test(text) ? undefined : describe(text, values);
    if (described !== undefined) statements.push(described);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  try {
    return { statements, result: await work() };
  } finally {
    spy.mockRestore();
  }
}
