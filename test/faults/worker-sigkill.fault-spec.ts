// A worker killed with SIGKILL in the middle of a batch of emails: a new worker finishes the batch.
// None is lost; an email whose sending was cut between "SMTP accepted" and "job completed" goes out
// again with the same Message-ID (derived from its outbox row), so mail servers can drop the copy.
import { Client } from 'pg';
import { commitEmails, Platform, startPlatform } from '../support/platform';
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { OwnRedis, startOwnRedis } from './support/redis-server';
import { describeWithRedisServer } from '../support/redis';
import { startVeriProcess, VeriProcess } from './support/veri-process';

const EMAILS = 300;

describeWithRedisServer(__filename)('a worker killed with SIGKILL mid-batch', () => {
  let database: TestDatabase;
  let redis: OwnRedis;
  let sink: SmtpSink;
  let platform: Platform;
  const workers: VeriProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    [database, redis, sink] = await Promise.all([
      createTestDatabase(),
      startOwnRedis(),
      startSmtpSink({ delayMs: 10 }),
    ]);
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      QUEUE_PREFIX: 'veri-faults',
      JOB_CONCURRENCY: '4',
      JOB_BACKOFF_MS: '200',
      JOB_LOCK_MS: '3000',
      OUTBOX_POLL_MS: '50',
      MAIL_FROM: 'Veri <no-reply@veri.test>',
    };
    // Writes outbox rows as a command does; relays nothing (the worker processes do).
    platform = await startPlatform({ ...env, RUN_WORKERS: 'false' });
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await platform?.close();
    await Promise.all([redis?.stop(), sink?.stop()]);
    await database?.drop();
  });

  it('delivers every email; any duplicate carries the same Message-ID', async () => {
    workers.push(await startVeriProcess('worker', env));
    const recipients = Array.from({ length: EMAILS }, (_, n) => `person-${n}@example.test`);
    await commitEmails(
      platform.app,
      ...recipients.map((to) => ({ to, subject: 'Hello', template: 'test-message', data: { name: to } })),
    );
    await eventually(() => sink.received.length >= 40, { timeoutMs: 60_000, what: 'the first emails' });

    expect(await workers[0].kill('SIGKILL')).toBeNull();
    const sentBeforeKill = sink.received.length;
    workers.push(await startVeriProcess('worker', env));

    const delivered = () => new Set(sink.received.flatMap((mail) => mail.envelopeTo));
    await eventually(() => delivered().size === EMAILS, { timeoutMs: 90_000, what: 'every email' });

    expect(sentBeforeKill).toBeLessThan(EMAILS);
    expect([...delivered()].sort()).toEqual([...recipients].sort());
    const messageIds = new Map<string, Set<string>>();
    for (const mail of sink.received) {
      const to = mail.envelopeTo.join(',');
      messageIds.set(to, (messageIds.get(to) ?? new Set()).add(mail.headers.get('message-id') ?? ''));
    }
    expect([...messageIds.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    expect(new Set([...messageIds.values()].flatMap((ids) => [...ids])).size).toBe(EMAILS);
    console.info(
      `worker SIGKILL: ${sentBeforeKill} of ${EMAILS} sent before the kill, ${sink.received.length} delivered in all (${sink.received.length - EMAILS} duplicates)`,
    );

    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      await eventually(
        async () =>
          (await sql.query(`SELECT count(*)::int AS open FROM outbox WHERE completed_at IS NULL`)).rows[0]
            .open === 0,
        { timeoutMs: 10_000, intervalMs: 200, what: 'every outbox row completed' },
      );
    } finally {
      await sql.end();
    }
  }, 240_000);
});
