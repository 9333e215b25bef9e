// A brief database outage: every connection of the app's database is terminated again and again (as a
// Postgres restart or a failover does) while requests run. A request that loses its connection answers
// 503 with Retry-After, never 500; once the storm is over every request answers 200 again, without a
// restart, because the pools reconnect by themselves.
import { Client } from 'pg';
import { createTestApp, TestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { staffToken } from '../support/identity';
import { createCandidate, webLogin } from '../e2e/sharing/sharing-fixtures';

const REQUESTS = 100;
const CONCURRENCY = 5;
// Each needs the database in its own way: an anonymous API read, a bearer token, an anonymous page, and
// a signed-in page (the session store in Postgres).
type Kind = 'api' | 'api-bearer' | 'page' | 'page-session';
const KINDS: Kind[] = ['api', 'api-bearer', 'page', 'page-session'];

interface Answer {
  kind: Kind;
  status: number;
  retryAfter?: string;
  type?: string;
  code?: string;
  text: string;
}

describe('database connections terminated during requests', () => {
  let database: TestDatabase;
  let t: TestApp;
  let killer: Client;
  let token: string;
  let signedIn: Awaited<ReturnType<typeof webLogin>>['agent'];

  beforeAll(async () => {
    database = await createTestDatabase();
    t = await createTestApp({ database, captureLogs: true, env: { LOG_LEVEL: 'warn' } });
    token = await staffToken(t);
    signedIn = (await webLogin(t, await createCandidate(t, '00091010', 'Ashdown'))).agent;
    killer = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await killer.connect();
  });

  afterAll(async () => {
    await killer?.end();
    await t?.close();
    await database?.drop();
  });

  const ask = async (kind: Kind): Promise<Answer> => {
    const res =
      kind === 'api'
        ? await t.http().get('/api/v1/faq')
        : kind === 'api-bearer'
          ? await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`)
          : kind === 'page'
            ? await t.http().get('/faq')
            : await signedIn.get('/');
    return {
      kind,
      status: res.status,
      retryAfter: res.headers['retry-after'] as string | undefined,
      type: res.headers['content-type'] as string | undefined,
      text: res.text,
      code: (res.body as { error?: { code?: string } } | undefined)?.error?.code,
    };
  };

  it('answers 503 with Retry-After while connections drop, never 500, and 200 afterwards', async () => {
    for (const kind of KINDS) expect(await ask(kind)).toMatchObject({ kind, status: 200 });

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
      while (next < REQUESTS) answers.push(await ask(KINDS[next++ % KINDS.length]));
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, client));
    } finally {
      storming = false;
      await storm;
    }

    const failed = answers.filter((answer) => answer.status !== 200);
    const warnings = t.logs.filter((line) => String(line.msg).startsWith('Answered 503'));
    console.info(
      `database outage: ${terminated} connections terminated during ${answers.length} requests; ` +
        `${failed.length} failed (${KINDS.map((k) => `${k} ${failed.filter((a) => a.kind === k).length}`).join(', ')}), ` +
        `${answers.filter((a) => a.status === 500).length} answered 500; e.g. "${String(warnings[0]?.msg)}"`,
    );
    expect(answers).toHaveLength(REQUESTS);
    expect(terminated).toBeGreaterThan(0);
    expect(failed.filter((answer) => answer.status !== 503)).toEqual([]);
    for (const answer of failed) {
      expect(answer.retryAfter).toBe('5');
      if (answer.kind.startsWith('api')) expect(answer.code).toBe('PLATFORM.UNAVAILABLE');
      else {
        expect(answer.type).toMatch(/text\/html/);
        expect(answer.text).toContain('Try again in a few seconds.');
      }
    }

    // The operator sees why: one warning per request answered 503, and no error with a stack.
    expect(warnings.length).toBeGreaterThanOrEqual(failed.length);
    expect(warnings.filter((line) => /select|token_hash/i.test(String(line.msg)))).toEqual([]); // no SQL
    expect(t.logs.filter((line) => line.msg === 'Unhandled error while answering a request')).toEqual([]);

    // After the storm the pools reconnect on their own.
    await eventually(async () => (await ask('api')).status === 200, {
      timeoutMs: 10_000,
      intervalMs: 100,
      what: 'the app serving again',
    });
    for (let n = 0; n < 12; n++) {
      const kind = KINDS[n % KINDS.length];
      expect(await ask(kind)).toMatchObject({ kind, status: 200 });
    }
  });
});
