// A Redis of the test's own, so it can be stopped and started again without touching the shared one.
// Like a deployment that never turned on persistence: no RDB snapshots, no AOF. A restart forgets all.
import { ChildProcess, spawn } from 'node:child_process';
import Redis from 'ioredis';
import { eventually } from '../../support/eventually';
import { freePortInRange } from './ports';

export interface OwnRedis {
  url: string;
  /** SHUTDOWN NOSAVE: the server stops and everything it held is gone. */
  crash(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePortInRange();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const ping = async (): Promise<boolean> => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      if (client.status !== 'end') client.disconnect(); // see crash()
    }
  };

  const start = async () => {
    child = spawn(
      process.env.TEST_REDIS_SERVER_PATH ?? 'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' },
    );
    await eventually(ping, { timeoutMs: 10_000, what: `Redis on ${port}` });
  };

  const crash = async () => {
    const running = child;
    const client = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    const exited = new Promise<void>((resolve) => running?.once('exit', () => resolve()));
    await client.shutdown('NOSAVE').catch(() => undefined); // the connection closes as the server stops
    await exited;
    // Closed by the server: disconnecting an ended client leaves ioredis a 2 s timer waiting for a
    // 'close' event that has already been, and the test process cannot exit until it fires.
    if (client.status !== 'end') client.disconnect();
    child = undefined;
  };

  await start();
  return {
    url,
    crash,
    start,
    stop: async () => {
      if (child) await crash();
    },
  };
}
