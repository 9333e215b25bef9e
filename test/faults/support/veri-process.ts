// Veri processes started as an operator starts them (`node src/main.ts`, `node src/worker.ts`, through
// ts-node), so a test can kill one with any signal and start another.
//
//   const web = await startVeriProcess('web', { DATABASE_URL, REDIS_URL });   // web.url answers
//   const worker = await startVeriProcess('worker', { DATABASE_URL, REDIS_URL, SMTP_URL });
//   await worker.kill('SIGKILL');
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from '../../support/eventually';
import { freePortInRange } from './ports';

export type VeriRole = 'web' | 'worker';

export interface VeriProcess {
  role: VeriRole;
  pid: number;
  /** The web process's own address (web only). */
  url: string;
  /** What it wrote to stdout and stderr, line by line (JSON log lines and anything else). */
  output: string[];
  /** Sends the signal and waits for the process to end; answers its exit code (null if killed). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface VeriProcessOptions {
  /** How long it may take to start (transpiling the sources on a busy machine takes a while). */
  readyTimeoutMs?: number;
}

const ENTRY: Record<VeriRole, string> = { web: 'src/main.ts', worker: 'src/worker.ts' };
const ROOT = join(__dirname, '../../..');

/** Starts a web or worker process and waits until it serves (web: /health answers 200; worker: it says it runs). */
export async function startVeriProcess(
  role: VeriRole,
  env: Record<string, string>,
  options: VeriProcessOptions = {},
): Promise<VeriProcess> {
  const port = role === 'web' ? await freePortInRange() : 0;
  const url = role === 'web' ? `http://127.0.0.1:${port}` : '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', ENTRY[role]],
    {
      cwd: ROOT,
      env: {
        // Not the test run's environment: the test says which database, Redis and mail server to use.
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        MIGRATE_ON_START: 'false',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'info',
        ...(process.env.TEST_CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.TEST_CHROMIUM_PATH } : {}),
        ...(role === 'web'
          ? {
              PORT: String(port),
              HOST: '127.0.0.1',
              PUBLIC_URL: url,
              RUN_WORKERS: 'false',
              WEB_PROCESSES: '1',
            }
          : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );

  const kill = async (signal: NodeJS.Signals) => {
    if (exitCode === undefined) child.kill(signal);
    return exited;
  };
  const ready = async () => {
    if (exitCode !== undefined)
      throw new Error(
        `The ${role} process ended (${exitCode}) while starting:\n${output.slice(-20).join('\n')}`,
      );
    if (role === 'worker') return output.some((line) => line.includes('Veri worker is running'));
    try {
      return (await fetch(`${url}/health`)).status === 200;
    } catch {
      return false;
    }
  };
  try {
    await eventually(ready, {
      timeoutMs: options.readyTimeoutMs ?? 120_000,
      intervalMs: 250,
      what: `the ${role} process to start`,
    });
  } catch (error) {
    await kill('SIGKILL');
    throw error;
  }
  return {
    role,
    pid: child.pid!,
    url,
    output,
    kill,
    stop: async (graceMs = 20_000) => {
      if (exitCode !== undefined) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await kill('SIGTERM');
      clearTimeout(timer);
    },
  };
}
