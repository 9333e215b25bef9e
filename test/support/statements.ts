import { Client } from 'pg';

/**
 * The SQL statements the app sends while `work` runs (their first words), through every pg client, and what
 * `work` gave: for tests that pin how many round trips a hot path makes.
 */
export async function statementsDuring<T>(
  work: () => Promise<T>,
): Promise<{ statements: string[]; result: T }> {
  const statements: string[] = [];
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    if (text) statements.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  try {
    return { statements, result: await work() };
  } finally {
    spy.mockRestore();
  }
}
