// Web processes start with a bounded V8 heap (src/web-processes.ts, WEB_HEAP_LIMIT_FLAG): without it V8
// sizes the heap from the machine's memory and a web process grew past 400 MB of RSS under ordinary load.
// Checked where web processes are started: `npm start`, docker-compose.yml, and the processes that
// WEB_PROCESSES=N starts (here from a supervisor started without the flag, through ts-node).
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { WEB_HEAP_LIMIT_FLAG } from '../../../src/web-processes';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';

const ROOT = join(__dirname, '../../..');

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

const commandLineOf = (pid: number): string[] =>
  readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);

describe('the heap limit of web processes', () => {
  it('is on the command line of `npm start` and of the web services in docker-compose.yml', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.start.split(' ')).toContain(WEB_HEAP_LIMIT_FLAG);
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    const webCommands = compose.split('\n').filter((line) => line.includes('dist/src/main.js'));
    expect(webCommands.length).toBeGreaterThan(0);
    for (const command of webCommands) expect(command).toContain(WEB_HEAP_LIMIT_FLAG);
  });

  describe('with WEB_PROCESSES=2', () => {
    let database: TestDatabase;
    let supervisor: ChildProcess;

    beforeAll(async () => {
      database = await createTestDatabase();
      const port = await freePort();
      supervisor = spawn(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src/main.ts')],
        {
          env: {
            ...process.env,
            NODE_ENV: 'test',
            WEB_PROCESSES: '2',
            PORT: String(port),
            HOST: '127.0.0.1',
            PUBLIC_URL: `http://127.0.0.1:${port}`,
            DATABASE_URL: database.url,
            MIGRATE_ON_START: 'false',
            RUN_WORKERS: 'false',
            DEMO_DATA: 'false',
            LOG_LEVEL: 'warn',
          },
          stdio: 'ignore',
        },
      );
      // The flags are given when a process is forked; no need to wait for it to listen.
      await eventually(() => childrenOf(supervisor.pid!).length > 0, {
        timeoutMs: 150_000,
        intervalMs: 100,
        what: 'the first web process',
      });
    }, 180_000);

    afterAll(async () => {
      for (const pid of supervisor ? childrenOf(supervisor.pid!) : []) process.kill(pid, 'SIGKILL');
      if (supervisor && supervisor.exitCode === null) supervisor.kill('SIGKILL');
      await database?.drop();
    });

    it('starts each web process with the limit, keeping the supervisor’s own Node flags', () => {
      expect(commandLineOf(supervisor.pid!)).not.toContain(WEB_HEAP_LIMIT_FLAG);
      const children = childrenOf(supervisor.pid!);
      expect(children.length).toBeGreaterThan(0);
      for (const pid of children) {
        const flags = commandLineOf(pid);
        expect(flags).toContain(WEB_HEAP_LIMIT_FLAG);
        expect(flags).toContain('ts-node/register/transpile-only');
      }
    });
  });
});
