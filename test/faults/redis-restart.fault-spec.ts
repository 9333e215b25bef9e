// Redis restarted without persistence while jobs wait: everything it held is gone, yet every email
// goes out, once, because the outbox row stays open until its job completed (ADR 0010).
import { Client } from 'pg';
import { commitEmails, Platform, startPlatform } from '../support/platform';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { OwnRedis, startOwnRedis } from './support/redis-server';
import { describeWithRedisServer } from '../support/redis';

const EMAILS = 120;
const REDELIVER_AFTER_MS = 3000;

describeWithRedisServer(__filename)('Redis restarted without persistence while jobs wait', () => {
  let database: TestDatabase;
  let redis: OwnRedis;
  let sink: SmtpSink;
  let platform: Platform;

  beforeAll(async () => {
    [database, redis, sink] = await Promise.all([
      createTestDatabase(),
      startOwnRedis(),
      startSmtpSink({ delayMs: 5 }),
    ]);
    platform = await startPlatform({
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      RUN_WORKERS: 'true',
      QUEUE_PREFIX: 'veri-faults',
      JOB_CONCURRENCY: '2',
      JOB_BACKOFF_MS: '200',
      JOB_LOCK_MS: '5000',
      OUTBOX_POLL_MS: '50',
      OUTBOX_REDELIVER_AFTER_MS: String(REDELIVER_AFTER_MS),
      MAIL_FROM: 'Veri <no-reply@veri.test>',
    });
  });

  afterAll(async () => {
    await platform?.close();
    await Promise.all([redis?.stop(), sink?.stop()]);
    await database?.drop();
  });

  it('delivers every email exactly once', async () => {
    const recipients = Array.from({ length: EMAILS }, (_, n) => `person-${n}@example.test`);
    await commitEmails(
      platform.app,
      ...recipients.map((to) => ({ to, subject: 'Hello', template: 'test-message', data: { name: to } })),
    );
    await eventually(() => sink.received.length >= 15, { timeoutMs: 20_000, what: 'the first emails' });

    await redis.crash();
    const notYetSentAtCrash = EMAILS - sink.received.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.start();

    const delivered = () => new Set(sink.received.flatMap((mail) => mail.envelopeTo));
    await eventually(() => delivered().size === EMAILS, { timeoutMs: 45_000, what: 'every email' });
    // Past another redelivery window: a row whose job already ran must not be relayed again.
    await new Promise((resolve) => setTimeout(resolve, REDELIVER_AFTER_MS + 1000));

    expect(notYetSentAtCrash).toBeGreaterThan(EMAILS / 2);
    expect([...delivered()].sort()).toEqual([...recipients].sort());
    expect(sink.received).toHaveLength(EMAILS);
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(`SELECT count(*)::int AS open FROM outbox WHERE completed_at IS NULL`);
      expect(rows[0].open).toBe(0);
    } finally {
      await sql.end();
    }
  });
});
