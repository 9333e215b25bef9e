// Shared pieces of the benchmarks: start the real app against the configured Postgres, drive load with
// autocannon (in its own process), and write each benchmark's result table into its own section of docs/benchmarks.md.
import type autocannon from 'autocannon';
import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Server, ServerResponse } from 'node:http';
import { WEB_HEAP_LIMIT_FLAG } from '../../src/web-processes';
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

/** One request shape for the load generator; what varies per request is data, since functions cannot cross processes. */
export interface RequestSpec {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  /** A different X-Forwarded-For on every request (with TRUST_PROXY=true the per-address throttles never answer). */
  manyClients?: boolean;
  /** Request bodies used in turn. */
  bodies?: string[];
}

export interface LoadJob {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: RequestSpec[];
}

/** Drives load with autocannon in a process of its own (load-generator.ts), never in the server's process. */
export async function load(
  label: string,
  options: {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: RequestSpec[];
    /** GET the URL with a different X-Forwarded-For on every request (TRUST_PROXY=true): throttles never answer. */
    manyClients?: boolean;
  },
): Promise<LoadResult> {
  const { pathname, search } = new URL(options.url);
  const job: LoadJob = {
    url: options.url,
    connections: options.connections ?? 20,
    duration: options.duration ?? 10,
    amount: options.amount,
    headers: options.headers,
    requests:
      options.requests ??
      (options.manyClients
        ? [{ method: 'GET', path: `${pathname}${search}`, manyClients: true }]
        : undefined),
  };
  const child = fork(join(__dirname, 'load-generator.ts'), [], {
    execArgv: TYPESCRIPT,
  });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    child.once('message', (message: { result?: autocannon.Result; error?: string }) =>
      message.result ? resolve(message.result) : reject(new Error(message.error)),
    );
    child.once('exit', (code) => reject(new Error(`The load generator exited with ${code}`)));
    child.send(job);
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

/** Node's arguments for a benchmark's child process: TypeScript loaded as transpile-hook.js does. */
export const TYPESCRIPT = ['-r', join(__dirname, 'transpile-hook.js')];

/**
 * Runs a client (a file of this folder that answers one message with one message) in a process of its own,
 * so that sending requests and reading answers never shares the portal's event loop.
 */
export function inClientProcess<Job, Result>(file: string, job: Job): Promise<Result> {
  const child = fork(join(__dirname, file), [], { execArgv: TYPESCRIPT });
  return new Promise<Result>((resolve, reject) => {
    child.once('message', (result: Result) => resolve(result));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${file} exited with ${code}`))));
    child.send(job as object);
  });
}

/**
 * Logins posted to `url` (the login route), the bodies in turn, each from another client address (TRUST_PROXY=true),
 * so no per-address throttle answers.
 */
export function loadLogins(
  label: string,
  url: string,
  bodies: string[],
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  const { origin, pathname } = new URL(url);
  return load(label, {
    url: origin,
    ...options,
    requests: [
      {
        method: 'POST',
        path: pathname,
        headers: { 'content-type': 'application/json' },
        manyClients: true,
        bodies,
      },
    ],
  });
}

/** The machine's load averages (1, 5, 15 min) when a figure was taken: other work on the machine skews it. */

export function machineLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

let lastPort = Number(process.env.BENCH_PORT_BASE ?? 25000) - 1;
/**
 * The next port of the benchmarks' range (BENCH_PORT_BASE, default 25000), so runs never take another's port.
 * The range lies below Linux's ephemeral ports (32768-60999): a benchmark's own client connections (to
 * PostgreSQL, Redis, the portal) take local ports from there, and one had taken 45002 from a portal about
 * to listen on it (EADDRINUSE).
 */
export function benchPort(): number {
  lastPort += 1;
  return lastPort;
}

/** A bare node:http server on the next benchmark port; answers its URL. */
export async function listenBare(server: Server): Promise<string> {
  const port = benchPort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${port}`;
}

/** What a bare node:http server of the floors answers: `body` as JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
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

/** How many alternating rounds a benchmark's request-rate rows are measured in (BENCH_ROUNDS, default 3). */
export const BENCH_ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/** A portal row read against its bare baseline over alternating rounds. */
export interface AlternatedRow {
  /** The bare run and the portal run of the round whose ratio is the median. */
  bare: LoadResult;
  portal: LoadResult;
  /** The median of the rounds' ratios (portal req/s over the same round's bare req/s): the row's figure. */
  ratio: number;
  /** Every round's ratio, in the order they ran. */
  ratios: number[];
}

/**
 * Measures a bare baseline and the portal rows read against it in alternating rounds: the bare run, then each
 * portal row, then the bare run again, `rounds` times. These machines' speed drifts by a quarter or more within
 * minutes (other tenants of the host), so a baseline measured once can fall in a fast minute and its portal row in
 * a slow one; each round's ratio is read against the bare run of the same round, and the median round is the
 * figure. Each run is called with its round's number (0 first), so a caller can profile one round only.
 */
export async function inAlternatingRounds(
  bare: (round: number) => Promise<LoadResult>,
  portal: Array<(round: number) => Promise<LoadResult>>,
  rounds = BENCH_ROUNDS,
): Promise<AlternatedRow[]> {
  const bareRuns: LoadResult[] = [];
  const portalRuns: LoadResult[][] = portal.map(() => []);
  for (let round = 0; round < rounds; round++) {
    bareRuns.push(await bare(round));
    for (const [row, run] of portal.entries()) portalRuns[row].push(await run(round));
  }
  return portalRuns.map((runs) => {
    const ratios = runs.map((run, round) =>
      Number((run.requestsPerSecond / Math.max(1, bareRuns[round].requestsPerSecond)).toFixed(2)),
    );
    const median = [...ratios.keys()].sort((a, b) => ratios[a] - ratios[b])[Math.floor((rounds - 1) / 2)];
    return { bare: bareRuns[median], portal: runs[median], ratio: ratios[median], ratios };
  });
}

/** "0.42 (rounds 0.40, 0.42, 0.45)": a row's figure with every round it is the median of. */
export function roundsOf(row: AlternatedRow): string {
  return row.ratios.length > 1 ? `${row.ratio} (rounds ${row.ratios.join(', ')})` : String(row.ratio);
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
  // Formatted as the lint check wants it (tables aligned).
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', file], {
    stdio: 'ignore',
  });
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
    // Templates, template versions and email layouts are kept once compiled, as in production; development
    // (the default) compiles them again on every use so that an edited template shows at once.
    NODE_ENV: 'test',
    DEMO_DATA: 'false',
    RUN_WORKERS: 'false',
    ...env,
  });
  const server = await startDatabaseServer(base, () => undefined);
  const database = `veri_bench_${name}${process.env.BENCH_DB_SUFFIX ?? ''}`;
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
  await app.listen(env.PORT ? config.port : benchPort(), '127.0.0.1');
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

/**
 * A bearer token of a staff account with its second factor, made for the benchmark: the account is created
 * through Identity's command, as the staff CLI does, then logs in over HTTP as staff would.
 */
export async function staffToken(portal: Awaited<ReturnType<typeof startPortal>>): Promise<string> {
  const { MikroORM, RequestContext } = await import('@mikro-orm/core');
  const { CommandBus } = await import('@nestjs/cqrs');
  const { authenticator } = await import('otplib');
  const { CreateStaffAccount } = await import('../../src/identity/identity.public');
  const secret = authenticator.generateSecret();
  const email = 'bench-staff@bench.test';
  const password = 'bench staff passphrase 42';
  const orm = portal.app.get(MikroORM);
  await RequestContext.create(orm.em, () =>
    portal.app
      .get(CommandBus)
      .execute(
        new CreateStaffAccount(
          { email, password, totpSecret: secret, firstName: 'Bench', surname: 'Staff' },
          { accountId: null, ip: null },
        ),
      ),
  );
  const res = await fetch(`${portal.baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, totp: authenticator.generate(secret) }),
  });
  if (res.status !== 200) throw new Error(`staff login: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * With BENCH_PROFILE=<dir>, records a CPU profile of this process (the portal) while `work` runs, as
 * <dir>/<name>.cpuprofile; summarise it with profile-summary.ts. Without it, just runs `work`.
 */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return work();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** `profiled` for a run of alternating rounds: only the first round is profiled, so the profiler slows no other. */
export function profiledInFirstRound<T>(name: string, round: number, work: () => Promise<T>): Promise<T> {
  return round === 0 ? profiled(name, work) : work();
}

/**
 * The portal as an operator starts it: `src/main.ts` (or `script`, say the built `dist/src/main.js`) in a process
 * of its own with the Node flags `npm start` gives it, the heap limit (or `flags`); with `processes` > 1, a
 * supervisor and that many web processes on one port (WEB_PROCESSES). It listens on the next benchmark port,
 * against `databaseUrl`, and is ready when every web process answers; `env` adds to or overrides the defaults.
 */
export async function startMainProcess(
  processes: number,
  databaseUrl: string,
  options: { env?: Record<string, string>; flags?: string[]; script?: string; port?: number } = {},
): Promise<{ base: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = options.port ?? benchPort();
  const base = `http://127.0.0.1:${port}`;
  const script = options.script ?? join(__dirname, '../../src/main.ts');
  // The supervisor passes its heap limit on to its web processes.
  const flags = options.flags ?? [WEB_HEAP_LIMIT_FLAG];
  const typescript = script.endsWith('.ts') ? TYPESCRIPT : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, ...typescript, script], {
    cwd: join(__dirname, '../..'),
    env: {
      ...process.env,
      WEB_PROCESSES: String(processes),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATABASE_URL: databaseUrl,
      TRUST_PROXY: 'true',
      RUN_WORKERS: 'false',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A failed run exits at once: the portal must not outlive it (it would keep the port and the database).
  process.once('exit', () => child.kill('SIGTERM'));
  // Ready when every process answers: each has its own metrics registry (its start time tells which one answered).
  const deadline = Date.now() + 300_000;
  for (;;) {
    const seen = new Set<string>();
    try {
      for (let i = 0; i < processes * 3; i++) {
        const res = await fetch(`${base}/metrics`, { headers: { connection: 'close' } });
        seen.add(/^veri_process_start_time_seconds (\d+)/m.exec(await res.text())?.[1] ?? '');
      }
    } catch {
      // not listening yet
    }
    if (seen.size === processes) break;
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${processes} web process(es) did not start`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    base,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * CPU seconds (user + system) used so far by the machine's processes whose command line `matches`, read from
 * /proc (Linux): taken before and after a phase, it tells which processes the phase's work landed on.
 */
export function cpuSecondsOf(matches: (commandLine: string, pid: number) => boolean): number {
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux x86-64
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!matches(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '), Number(pid))) continue;
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / ticksPerSecond;
}
