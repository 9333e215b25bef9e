// WEB_PROCESSES=2: `main.ts` becomes a supervisor of two web processes on one port. Started for real
// (a child Node process), as an operator would start it.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../../support/database';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Retries `check` (an expectation) until it passes or the time is up. */
async function until(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
};

describe('two web processes on one port (WEB_PROCESSES=2)', () => {
  let database: TestDatabase;
  let supervisor: ChildProcess;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    supervisor = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, '../../../src/main.ts')],
      {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          WEB_PROCESSES: '2',
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: base,
          DATABASE_URL: database.url,
          MIGRATE_ON_START: 'false',
          RUN_WORKERS: 'false',
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      },
    );
    await until(async () => {
      expect(childrenOf(supervisor.pid!)).toHaveLength(2);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    }, 150_000);
  }, 180_000);

  afterAll(async () => {
    if (supervisor && supervisor.exitCode === null) supervisor.kill('SIGKILL');
    for (const pid of supervisor ? childrenOf(supervisor.pid!) : []) process.kill(pid, 'SIGKILL');
    await database?.drop();
  });

  /** Each process has its own metrics registry: its start time tells which one answered. */
  const answeredBy = async (): Promise<string> => {
    const res = await fetch(`${base}/metrics`, { headers: { connection: 'close' } });
    return /^veri_process_start_time_seconds (\d+)/m.exec(await res.text())![1];
  };

  it('answers requests from both processes, and stops them all on SIGTERM', async () => {
    // The second process starts once the first listens, so it may still be starting.
    await until(async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 6; i++) seen.add(await answeredBy());
      expect(seen.size).toBe(2);
    }, 120_000);
    expect((await fetch(`${base}/`)).status).toBe(200);

    const children = childrenOf(supervisor.pid!);
    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', resolve));
    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(children.filter(isAlive)).toEqual([]);
  }, 180_000);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
