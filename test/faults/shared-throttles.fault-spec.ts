// Two web processes behind one balancer share the narrowed limits' counters in Redis, so limits do not
// double; the generous capacity limit is counted in each process and costs no round trip to Redis. With
// Redis stopped, page views still answer (and are still counted) and logins refuse with 503 and
// Retry-After (ADR 0011).
// Two applications in this test process stand for the two web processes: one database, one Redis.
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { OwnRedis, startOwnRedis } from './support/redis-server';
import { describeWithRedisServer } from '../support/redis';

const LOGIN_LIMIT = 10; // LoginThrottle: 10 a minute per client address

describeWithRedisServer(__filename)('throttle counters shared in Redis', () => {
  let database: TestDatabase;
  let redis: OwnRedis;
  let web: TestApp[] = [];
  let prefix: string;

  beforeAll(async () => {
    [database, redis] = await Promise.all([createTestDatabase(), startOwnRedis()]);
    const env = {
      LOG_LEVEL: 'silent', // the job queue logs every failed reconnect while Redis is stopped
      REDIS_URL: redis.url,
      QUEUE_PREFIX: (prefix = `veri-throttles-${randomBytes(3).toString('hex')}`),
    };
    web = [await createTestApp({ database, env }), await createTestApp({ database, env })];
  });

  afterAll(async () => {
    for (const app of web) await app.close();
    await redis?.stop();
    await database?.drop();
  });

  let attempt = 0;
  const login = (app: TestApp) =>
    app
      .http()
      .post('/api/v1/auth/token')
      .send({ email: `nobody-${++attempt}@example.test`, password: 'not the password' });

  it('counts logins on both processes against one limit', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < LOGIN_LIMIT; n++) statuses.push((await login(web[n % 2])).status);
    expect(statuses).toEqual(statuses.map(() => 401));

    for (const app of web) {
      const refused = await login(app);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('counts page and API views in each process, without a round trip to Redis', async () => {
    const client = new Redis(redis.url);
    const counterKeys = async () => (await client.keys(`*${prefix}:throttle:*`)).length;
    try {
      const before = await counterKeys(); // each route and address has keys of its own
      for (const app of web)
        for (const path of ['/faq', '/api/v1/faq', '/support']) {
          const res = await app.http().get(path);
          expect(res.status).toBe(200);
          expect(Number(res.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
        }
      expect(await counterKeys()).toBe(before);
      expect(before).toBeGreaterThan(0); // the logins above were counted there
    } finally {
      client.disconnect();
    }
  });

  it('with Redis stopped: pages answer, logins refuse with 503 and Retry-After; counting resumes when it is back', async () => {
    await redis.crash();

    for (const app of web) {
      await eventually(async () => (await login(app)).status === 503, {
        timeoutMs: 10_000,
        intervalMs: 200,
        what: 'login refused while the counters are away',
      });
      const refused = await login(app);
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('PLATFORM.LIMITS_UNAVAILABLE');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const started = Date.now();
      for (const path of ['/', '/faq', '/login']) expect((await app.http().get(path)).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      // The capacity limit is still counted, in the process.
      const remaining = async () => Number((await app.http().get('/faq')).headers['x-ratelimit-remaining']);
      const first = await remaining();
      expect(first).toBeGreaterThan(0);
      expect(await remaining()).toBe(first - 1);
    }

    await redis.start(); // empty: the counters start again from nothing
    for (const app of web)
      await eventually(async () => (await login(app)).status === 401, {
        timeoutMs: 15_000,
        intervalMs: 200,
        what: 'logins counted again',
      });
  });
});
