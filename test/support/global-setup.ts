// Finds the servers the test run will use, once, before any test file runs:
//   Postgres: DATABASE_URL, else a testcontainers container, else an embedded PostgreSQL;
//   Redis:    REDIS_URL, else a testcontainers container, else a redis-server of the run's own (the
//             binary on the PATH, on a free port), else none: the Redis-bound suites are skipped and
//             the run ends with one line naming them (test/support/redis.ts); CI=true fails instead;
//   Chromium: CHROMIUM_PATH or the usual paths; missing under CI=true fails the run.
// Each test file then creates its own database on the Postgres server (test/support/database.ts).
import { findChromium } from '../../src/shared/infrastructure/pdf/find-chromium';
import { EmbeddedPostgresServer } from '../../src/shared/infrastructure/database/embedded-postgres-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRedisServer, startLocalRedis } from './local-redis';

type Stoppable = { stop(): Promise<unknown> };
const running: Stoppable[] = [];

export default async function globalSetup(): Promise<void> {
  const ci = process.env.CI === 'true';
  process.env.TEST_POSTGRES_URL = process.env.DATABASE_URL ?? (await startPostgres());
  const redisServer = findRedisServer();
  if (redisServer) process.env.TEST_REDIS_SERVER_PATH = redisServer;
  const redisUrl =
    process.env.REDIS_URL ??
    (await tryContainer(async () => {
      const { RedisContainer } = await import('@testcontainers/redis');
      const container = await new RedisContainer('redis:7').start();
      running.push(container);
      return container.getConnectionUrl();
    })) ??
    (redisServer ? await startRedisServer(redisServer) : undefined);
  if (redisUrl) process.env.TEST_REDIS_URL = redisUrl;
  else if (ci)
    throw new Error(
      'CI=true but no Redis: set REDIS_URL, install redis-server (apt-get install -y redis-server) or make a container runtime available',
    );
  // The Redis-bound suites note here that they were skipped; the teardown prints them in one line.
  process.env.TEST_SKIPPED_SUITES_FILE = join(mkdtempSync(join(tmpdir(), 'veri-test-run-')), 'skipped');

  const chromium = findChromium(process.env.CHROMIUM_PATH);
  if (chromium) process.env.TEST_CHROMIUM_PATH = chromium;
  else if (ci) throw new Error('CI=true but Chromium is missing: apt-get install -y chromium');
  (globalThis as { __veriTestServers?: Stoppable[] }).__veriTestServers = running;
}

async function startRedisServer(binary: string): Promise<string> {
  const redis = await startLocalRedis(binary);
  running.push(redis);
  return redis.url;
}

async function startPostgres(): Promise<string> {
  const fromContainer = await tryContainer(async () => {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16').start();
    running.push(container);
    return container.getConnectionUri();
  });
  if (fromContainer) return fromContainer;
  const server = new EmbeddedPostgresServer({ dataDir: join(__dirname, '../../.data/test'), port: 54330 });
  const url = await server.start();
  running.push(server);
  return url;
}

async function tryContainer(start: () => Promise<string>): Promise<string | undefined> {
  try {
    return await start();
  } catch {
    return undefined; // no container runtime here: fall back
  }
}
