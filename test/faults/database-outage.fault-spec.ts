// A brief database outage: every connection of the app's database is terminated again and again (as a
// Postgres restart or a failover does) while requests run. A request that loses its connection answers
// 503 with Retry-After, never 500; once the storm is over every request answers 200 again, without a
// restart, because the pools reconnect by themselves.
import { Client } from 'pg';
import { createTestApp, TestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';

const REQUESTS = 100;
const CONCURRENCY = 5;
// JSON from the API and pages for people, both reading the database (pages also the session store).
const PATHS = ['/api/v1/faq', '/faq'];

interface Answer {
  path: string;
  status: number;
  retryAfter?: string;
  type?: string;
  code?: string;
}

describe('database connections terminated during requests', () => {
  let database: TestDatabase;
  let t: TestApp;
  let killer: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    t = await createTestApp({ database, env: { LOG_LEVEL: 'silent' } }); // every lost request logs
    killer = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await killer.connect();
  });

  afterAll(async () => {
    await killer?.end();
    await t?.close();
    await database?.drop();
  });

  const ask = async (path: string): Promise<Answer> => {
    const res = await t.http().get(path);
    return {
      path,
      status: res.status,
      retryAfter: res.headers['retry-after'] as string | undefined,
      type: res.headers['content-type'] as string | undefined,
      code: (res.body as { error?: { code?: string } } | undefined)?.error?.code,
    };
  };

  it('answers 503 with Retry-After while connections drop, never 500, and 200 afterwards', async () => {
    for (const path of PATHS) expect((await ask(path)).status).toBe(200);

    let storming = true;
    let terminated = 0;
    const storm = (async () => {
      while (storming) {
        const result = await killer.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database.name],
        );
        terminated += result.rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    const answers: Answer[] = [];
    let next = 0;
    const client = async () => {
      while (next < REQUESTS) answers.push(await ask(PATHS[next++ % PATHS.length]));
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
    } finally {
      storming = false;
      await storm;
    }

    const failed = answers.filter((answer) => answer.status !== 200);
    console.info(
      `database outage: ${terminated} connections terminated during ${answers.length} requests; ` +
        `${failed.length} answered 503, ${answers.filter((a) => a.status === 500).length} answered 500`,
    );
    expect(answers).toHaveLength(REQUESTS);
    expect(terminated).toBeGreaterThan(0);
    expect(failed.filter((answer) => answer.status !== 503)).toEqual([]);
    for (const answer of failed) {
      expect(answer.retryAfter).toBe('5');
      if (answer.path.startsWith('/api')) expect(answer.code).toBe('PLATFORM.UNAVAILABLE');
      else expect(answer.type).toMatch(/text\/html/);
    }

    // After the storm the pools reconnect on their own.
    await eventually(async () => (await ask(PATHS[0])).status === 200, {
      timeoutMs: 10_000,
      intervalMs: 100,
      what: 'the app serving again',
    });
    for (let n = 0; n < 10; n++) expect((await ask(PATHS[n % PATHS.length])).status).toBe(200);
  });
});
