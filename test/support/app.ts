// The whole application for e2e and browser tests: a fresh migrated database, a temporary DATA_DIR,
// the real AppModule and exactly the HTTP set-up of main.ts (configureHttpApp).
//
//   const t = await createTestApp();                       // queue workers off, no demo data
//   const res = await t.http().get('/faq');                // a request without cookies
//   const { agent, csrfToken } = await t.webSession();     // a browser-like session with a CSRF token
//   await agent.post('/logout').type('form').send({ _csrf: csrfToken });
//   await t.close();
import { DynamicModule, Provider, Type } from '@nestjs/common';
import type { ModuleMetadata } from '@nestjs/common/interfaces';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { LOG_DESTINATION, VeriLogger } from '../../src/shared/infrastructure/logging/logging.module';
import { configureHttpApp } from '../../src/shared/web/configure-http-app';
import { createTestDatabase, TestDatabase } from './database';

type Override = { provide: unknown } & (
  | { useValue: unknown }
  | { useClass: Type }
  | { useFactory: (...args: never[]) => unknown; inject?: unknown[] }
);

export interface TestAppOptions {
  /** Environment overrides, as loadConfig reads them (e.g. { BRAND_NAME: 'Test Body' }). */
  env?: Record<string, string>;
  /** Run the queue consumers and scheduled jobs in this app (default false). */
  runWorkers?: boolean;
  /** Use the run's Redis (TEST_REDIS_URL) with a key prefix of this app's own; default: the in-process queue. */
  redis?: boolean;
  /** Replace providers, e.g. { provide: EmailSender, useValue: new InMemoryEmailSender() }. */
  overrides?: Override[];
  /** Extra modules, e.g. a test-only controller. */
  imports?: ModuleMetadata['imports'];
  /** Extra providers for the root testing module. */
  providers?: Provider[];
  /** Listen on a free port (browser tests); `baseUrl` is then set and PUBLIC_URL points at it. */
  listen?: boolean;
  /** Keep the JSON log lines in `logs` (level info unless LOG_LEVEL is given). */
  captureLogs?: boolean;
  /**
   * Share a database (and DATA_DIR) with another app, e.g. two web processes behind one load
   * balancer, or a restart. The caller owns them: close() leaves them in place.
   */
  database?: TestDatabase;
  dataDir?: string;
  /** The root module to build instead of `AppModule.forRoot(config)` (e.g. the platform alone). */
  rootModule?: (config: AppConfig) => DynamicModule;
}

export interface WebSession {
  /** Keeps cookies between requests, like a browser. */
  agent: request.Agent;
  csrfToken: string;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  dataDir: string;
  /** Set when started with `listen: true`. */
  baseUrl?: string;
  /** Captured log lines (parsed), with `captureLogs: true`. */
  logs: Array<Record<string, unknown>>;
  /** A request without cookies. */
  http(): ReturnType<typeof request>;
  /** A cookie-keeping client. */
  agent(): request.Agent;
  /** A cookie-keeping client that has opened `path` (default "/") and holds its form's CSRF token. */
  webSession(path?: string): Promise<WebSession>;
  close(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function csrfTokenIn(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const ownsDataDir = !options.dataDir;
  const database = options.database ?? (await createTestDatabase());
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'veri-test-')));
  const cleanUp = async () => {
    if (ownsDatabase) await database.drop();
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const port = options.listen ? await findFreePort() : 3000;
  const redisUrl = options.redis ? process.env.TEST_REDIS_URL : undefined;
  if (options.redis && !redisUrl) throw new Error('TEST_REDIS_URL is not set: start Redis or set REDIS_URL');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    MIGRATE_ON_START: 'false',
    RUN_WORKERS: options.runWorkers ? 'true' : 'false',
    DEMO_DATA: 'false',
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: options.captureLogs ? 'info' : 'error',
    QUEUE_PREFIX: `veri-test-${randomBytes(4).toString('hex')}`,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...(process.env.TEST_CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.TEST_CHROMIUM_PATH } : {}),
    ...options.env,
  };
  const config = loadConfig(env);
  const logs: Array<Record<string, unknown>> = [];

  let builder = Test.createTestingModule({
    imports: [(options.rootModule ?? AppModule.forRoot)(config), ...(options.imports ?? [])],
    providers: options.providers ?? [],
  });
  if (options.captureLogs) {
    builder = builder.overrideProvider(LOG_DESTINATION).useValue({
      write: (line: string) => {
        for (const text of line.split('\n').filter(Boolean))
          logs.push(JSON.parse(text) as Record<string, unknown>);
      },
    });
  }
  for (const override of options.overrides ?? []) {
    const target = builder.overrideProvider(override.provide);
    if ('useValue' in override) builder = target.useValue(override.useValue);
    else if ('useClass' in override) builder = target.useClass(override.useClass);
    else
      builder = target.useFactory({
        factory: override.useFactory as (...args: unknown[]) => unknown,
        inject: override.inject as never[],
      });
  }

  let app: NestExpressApplication | undefined;
  try {
    const moduleRef = await builder.compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
    app.useLogger(app.get(VeriLogger));
    configureHttpApp(app, config);
    await app.init();
    if (options.listen) await app.listen(port, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await cleanUp();
    throw error;
  }

  const running = app;
  const server = running.getHttpServer();
  return {
    app: running,
    config,
    database,
    dataDir,
    baseUrl: options.listen ? `http://127.0.0.1:${port}` : undefined,
    logs,
    http: () => request(server),
    agent: () => request.agent(server),
    webSession: async (path = '/') => {
      const agent = request.agent(server);
      const page = await agent.get(path);
      let csrfToken = csrfTokenIn(page.text);
      if (!csrfToken) csrfToken = (await agent.get('/api/v1/csrf-token')).body.csrfToken as string;
      return { agent, csrfToken };
    },
    close: async () => {
      await running.close();
      await cleanUp();
    },
  };
}
