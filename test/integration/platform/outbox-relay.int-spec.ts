// The relay on real Postgres: rows locked with FOR UPDATE SKIP LOCKED, so relays running side by
// side never hand the same outbox row to the queue twice; due rows only; nothing lost on failure.
import { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { AppConfig } from '../../../src/config/app-config';
import {
  DeadLetter,
  JobCounts,
  JobProcessor,
  JobQueue,
  QueuedJob,
  QueueHealth,
} from '../../../src/shared/application/job-queue';
import { OutboxJobLedger } from '../../../src/shared/infrastructure/outbox/outbox-job-ledger';
import { OutboxRelay } from '../../../src/shared/infrastructure/outbox/outbox-relay';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { commitOutbox, Platform, startPlatform } from '../../support/platform';

/**
 * Stands in for the queue so that every enqueue call is seen, duplicates included (a real queue
 * would hide them behind its job-id check). Each enqueue takes a while, so batches overlap.
 */
class RecordingQueue extends JobQueue {
  readonly enqueued: QueuedJob[] = [];
  failWith?: Error;

  async enqueue(job: QueuedJob): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 15));
    if (this.failWith) throw this.failWith;
    this.enqueued.push(job);
  }
  async consume(_processor: JobProcessor): Promise<void> {}
  async counts(): Promise<JobCounts> {
    return { waiting: this.enqueued.length, active: 0, delayed: 0, failed: 0, completed: 0 };
  }
  async deadLetters(): Promise<DeadLetter[]> {
    return [];
  }
  async retryDeadLetter(): Promise<void> {}
  async discardDeadLetter(): Promise<void> {}
  async health(): Promise<QueueHealth> {
    return { adapter: 'in-process', up: true };
  }
  async close(): Promise<void> {}
}

describe('OutboxRelay', () => {
  let database: TestDatabase;
  let platform: Platform;
  let sql: Client;

  const relay = (queue: JobQueue, batchSize: number, redeliverAfterMs = 60_000): OutboxRelay => {
    const config: AppConfig = {
      ...platform.config,
      runWorkers: true,
      outbox: { pollMs: 10, batchSize, redeliverAfterMs },
    };
    return new OutboxRelay(platform.app.get(EntityManager), queue, config);
  };

  const insertRows = async (count: number, topic: string, notBefore = 'now()') => {
    await sql.query(
      `INSERT INTO outbox (id, topic, payload, created_at, not_before)
       SELECT gen_random_uuid(), $1, jsonb_build_object('n', n), now() + n * interval '1 microsecond', ${notBefore}
       FROM generate_series(1, $2) AS n`,
      [topic, count],
    );
  };

  const pending = async (topic: string): Promise<number> =>
    Number(
      (await sql.query('SELECT count(*) FROM outbox WHERE topic = $1 AND relayed_at IS NULL', [topic]))
        .rows[0].count,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    // RUN_WORKERS=false: the app's own relay stays idle; the tests run relays of their own.
    platform = await startPlatform({ DATABASE_URL: database.url, RUN_WORKERS: 'false' });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await platform?.close();
    await database?.drop();
  });

  it('relays a committed row with the outbox id as the job id and marks it relayed', async () => {
    await commitOutbox(platform.app, { topic: 'test.single', payload: { hello: 'world' } });
    const queue = new RecordingQueue();
    expect(await relay(queue, 10).relayOnce()).toBe(1);
    const { rows } = await sql.query(`SELECT id, relayed_at FROM outbox WHERE topic = 'test.single'`);
    expect(queue.enqueued).toEqual([{ id: rows[0].id, topic: 'test.single', payload: { hello: 'world' } }]);
    expect(rows[0].relayed_at).toBeInstanceOf(Date);
    expect(await relay(queue, 10).relayOnce()).toBe(0);
  });

  it('never enqueues a row twice when several relays run at once', async () => {
    await insertRows(240, 'test.concurrent');
    const queue = new RecordingQueue();
    const relays = [relay(queue, 8), relay(queue, 8), relay(queue, 8)];
    // Two batches started together must take disjoint rows (the first holds its locks while enqueueing).
    const [a, b] = await Promise.all([relays[0].relayOnce(), relays[1].relayOnce()]);
    expect([a, b]).toEqual([8, 8]);
    expect(new Set(queue.enqueued.map((job) => job.id)).size).toBe(16);

    relays.forEach((r) => r.start());
    await eventually(async () => (await pending('test.concurrent')) === 0, { what: 'every row relayed' });
    await Promise.all(relays.map((r) => r.stop()));

    const ids = queue.enqueued.filter((job) => job.topic === 'test.concurrent').map((job) => job.id);
    expect(ids).toHaveLength(240);
    expect(new Set(ids).size).toBe(240);
    const { rows } = await sql.query(`SELECT id FROM outbox WHERE topic = 'test.concurrent'`);
    expect(new Set(ids)).toEqual(new Set(rows.map((row) => row.id)));
  });

  it('leaves rows that are not yet due', async () => {
    await insertRows(3, 'test.later', `now() + interval '1 hour'`);
    const queue = new RecordingQueue();
    expect(await relay(queue, 10).relayOnce()).toBe(0);
    expect(await pending('test.later')).toBe(3);
    await sql.query(`DELETE FROM outbox WHERE topic = 'test.later'`);
  });

  it('keeps rows pending when the queue refuses them, and relays them once it accepts', async () => {
    await insertRows(5, 'test.outage');
    const queue = new RecordingQueue();
    queue.failWith = new Error('Redis is away');
    await expect(relay(queue, 10).relayOnce()).rejects.toThrow('Redis is away');
    expect(await pending('test.outage')).toBe(5);
    queue.failWith = undefined;
    expect(await relay(queue, 10).relayOnce()).toBe(5);
    expect(await pending('test.outage')).toBe(0);
  });

  it('relays an open row again after the time-out, never a row whose job completed or failed', async () => {
    await sql.query(`UPDATE outbox SET completed_at = now()`); // the earlier tests' rows
    await insertRows(3, 'test.forgotten');
    const queue = new RecordingQueue();
    expect(await relay(queue, 10, 1000).relayOnce()).toBe(3);
    const { rows } = await sql.query(
      `SELECT id FROM outbox WHERE topic = 'test.forgotten' ORDER BY created_at`,
    );
    const [completed, failed, forgotten] = rows.map((row) => row.id as string);
    await platform.app.get(OutboxJobLedger).completed(completed);
    await platform.app.get(OutboxJobLedger).failed(failed);
    expect(await relay(queue, 10, 1000).relayOnce()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await relay(queue, 10, 1000).relayOnce()).toBe(1);
    expect(queue.enqueued.filter((job) => job.topic === 'test.forgotten').map((job) => job.id)).toEqual([
      completed,
      failed,
      forgotten,
      forgotten,
    ]);
  });
});
