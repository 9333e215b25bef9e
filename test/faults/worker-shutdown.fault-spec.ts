// A worker stopped with SIGTERM while its jobs wait on a slow mail server: it takes no new job, the
// running ones finish (their emails are acknowledged and their outbox rows completed), and it exits 0
// with one "stopped" line, its relay stopped before the database closed.
import { Client } from 'pg';
import { commitEmails, Platform, startPlatform } from '../support/platform';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { OwnRedis, startOwnRedis } from './support/redis-server';
import { describeWithRedisServer } from '../support/redis';
import { startVeriProcess, VeriProcess } from './support/veri-process';

const EMAILS = 4;
const SMTP_DELAY_MS = 2000;

describeWithRedisServer(__filename)('a worker stopped with SIGTERM while jobs run', () => {
  let database: TestDatabase;
  let redis: OwnRedis;
  let sink: SmtpSink;
  let platform: Platform;
  let worker: VeriProcess | undefined;

  beforeAll(async () => {
    [database, redis, sink] = await Promise.all([
      createTestDatabase(),
      startOwnRedis(),
      startSmtpSink({ delayMs: SMTP_DELAY_MS }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await worker?.kill('SIGKILL');
    await platform?.close();
    await Promise.all([redis?.stop(), sink?.stop()]);
    await database?.drop();
  });

  it('finishes the running jobs, then exits 0', async () => {
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      QUEUE_PREFIX: 'veri-faults',
      JOB_CONCURRENCY: String(EMAILS),
      OUTBOX_POLL_MS: '50',
      MAIL_FROM: 'Veri <no-reply@veri.test>',
    };
    platform = await startPlatform({ ...env, RUN_WORKERS: 'false' });
    worker = await startVeriProcess('worker', env);
    await commitEmails(
      platform.app,
      ...Array.from({ length: EMAILS }, (_, n) => ({
        to: `person-${n}@example.test`,
        subject: 'Hello',
        template: 'test-message',
        data: { name: `person ${n}` },
      })),
    );
    // The mail server has the messages and holds back its answer: the jobs are running.
    await eventually(() => sink.received.length === EMAILS, { timeoutMs: 30_000, what: 'the emails' });

    const signalled = performance.now();
    expect(await worker.kill('SIGTERM')).toBe(0);
    const seconds = (performance.now() - signalled) / 1000;

    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(`SELECT count(*)::int AS open FROM outbox WHERE completed_at IS NULL`);
      expect(rows[0].open).toBe(0);
    } finally {
      await sql.end();
    }
    expect(worker.output.filter((line) => line.includes('Veri stopped (worker)'))).toHaveLength(1);
    expect(worker.output.filter((line) => line.includes('Relaying the outbox failed'))).toEqual([]);
    console.info(
      `worker SIGTERM: ${EMAILS} jobs running, all completed; exited 0 after ${seconds.toFixed(1)} s`,
    );
  }, 180_000);
});
