// Shared pieces of the benchmarks: start the real app against the configured Postgres, drive load with
// autocannon, and write each benchmark's result table into its own section of docs/benchmarks.md.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP95: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

export async function load(
  label: string,
  options: {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: autocannon.Request[];
  },
): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 20,
    duration: options.amount ? undefined : (options.duration ?? 10),
    amount: options.amount,
    headers: options.headers,
    requests: options.requests,
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: latency.p50,
    latencyP95: latency.p97_5 ?? latency.p99,
    latencyP99: latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function table(results: LoadResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.requestsPerSecond} | ${r.latencyP50} | ${r.latencyP95} | ${r.latencyP99} | ${r.requests} | ${r.errors + r.non2xx} |`,
  );
  return [
    '| target | req/s | p50 ms | p97.5 ms | p99 ms | requests | errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Replaces (or appends) the section between <!-- bench:NAME --> markers in docs/benchmarks.md. */
export function writeSection(name: string, markdown: string): void {
  const file = join(__dirname, '../../docs/benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(
    file,
    pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`,
  );
}

/**
 * The real portal, as main.ts builds it, on a free port: a fresh `veri_bench_<name>` database on the
 * DATABASE_URL server (or the embedded server when none is set), workers off, logs at warn.
 */
export async function startPortal(name: string, env: Record<string, string> = {}) {
  const { NestFactory } = await import('@nestjs/core');
  const { Client } = await import('pg');
  const { AppModule } = await import('../../src/app.module');
  const { loadConfig } = await import('../../src/config/app-config');
  const { startDatabaseServer } = await import('../../src/shared/infrastructure/database/database-server');
  const { configureHttpApp } = await import('../../src/shared/web/configure-http-app');

  const base = loadConfig({
    ...process.env,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    RUN_WORKERS: 'false',
    ...env,
  });
  const server = await startDatabaseServer(base, () => undefined);
  const database = `veri_bench_${name}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  const config = { ...base, databaseUrl: url.toString() };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const app = await NestFactory.create<any>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  configureHttpApp(app, config);
  // A fixed PORT when the caller gives one (the payment simulator's URL is built from PUBLIC_URL at start).
  await app.listen(env.PORT ? config.port : 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    databaseUrl: config.databaseUrl,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await server.stop();
    },
  };
}
