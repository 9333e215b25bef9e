// Readiness per role (api.md Operations): a web process that runs no workers serves every request
// without Redis, so a Redis outage must not take it out of the load balancer; a process that runs the
// workers cannot do its work without Redis and says so. A missing Chromium is reported, never decisive.
import { createTestDatabase, TestDatabase } from '../support/database';
import { freePortInRange } from './support/ports';
import { startVeriProcess, VeriProcess } from './support/veri-process';

describe('readiness per role', () => {
  let database: TestDatabase;
  let web: VeriProcess;
  let worker: VeriProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A port of the test range where nothing listens: Redis is down for the whole test.
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: `redis://127.0.0.1:${await freePortInRange()}`,
      QUEUE_PREFIX: 'veri-readiness',
      LOG_LEVEL: 'warn', // the queue logs every failed reconnect
    };
    [web, worker] = await Promise.all([
      startVeriProcess('web', { ...env, RUN_WORKERS: 'false', CHROMIUM_PATH: '/nonexistent/chromium' }),
      startVeriProcess('web', { ...env, RUN_WORKERS: 'true' }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([web, worker].filter(Boolean).map((p) => p.kill('SIGKILL')));
    await database?.drop();
  });

  const ready = async (process: VeriProcess) => {
    const res = await fetch(`${process.url}/health/ready`);
    return {
      status: res.status,
      body: (await res.json()) as { status: string; details: Record<string, Record<string, unknown>> },
    };
  };

  it('a web process without workers is ready with Postgres alone: Redis and Chromium down are reported', async () => {
    const { status, body } = await ready(web);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.details.database).toEqual({ status: 'up' });
    expect(body.details.queue).toMatchObject({ status: 'down', adapter: 'bull' });
    expect(body.details.pdf).toMatchObject({ status: 'down', detail: expect.stringContaining('chromium') });
    expect((await fetch(`${web.url}/health`)).status).toBe(200);
  });

  it('a process running the workers is not ready without Redis', async () => {
    const { status, body } = await ready(worker);
    expect(status).toBe(503);
    expect(body.status).toBe('error');
    expect(body.details.database).toEqual({ status: 'up' });
    expect(body.details.queue).toMatchObject({ status: 'down', adapter: 'bull' });
    expect((await fetch(`${worker.url}/health`)).status).toBe(200); // still alive: no restart
  });
});
