// The whole email path on the real parts: a committed outbox row -> relay -> Bull on Redis -> the
// 'email.send' job -> templates -> SMTP (a real smtp-server). Also Bull's retries and dead letters.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { HandlesJob, JobHandler } from '../../../src/shared/application/job-handler';
import { JobQueue } from '../../../src/shared/application/job-queue';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { deleteQueueKeys, testRedisUrl, uniqueQueuePrefix } from '../../support/job-queue-keys';
import { commitEmails, commitOutbox, Platform, startPlatform } from '../../support/platform';
import { SmtpSink, startSmtpSink } from '../../support/smtp-sink';
import { describeWithRedis } from '../../support/redis';

/** A job that fails until told otherwise, to drive jobs into the dead-letter list. */
@Injectable()
@HandlesJob('test.flaky')
class FlakyJob implements JobHandler<{ label: string }> {
  static succeed = false;
  static runs: Array<{ label: string; attempt: number }> = [];

  async handle(payload: { label: string }, { attempt }: { attempt: number }): Promise<void> {
    FlakyJob.runs.push({ label: payload.label, attempt });
    if (!FlakyJob.succeed) throw new Error(`${payload.label} failed on attempt ${attempt}`);
  }
}

/** Counts its runs and takes a while, to observe de-duplication and shutdown. */
@Injectable()
@HandlesJob('test.slow')
class SlowJob implements JobHandler<{ label: string }> {
  static started: string[] = [];
  static finished: string[] = [];

  async handle(payload: { label: string }): Promise<void> {
    SlowJob.started.push(payload.label);
    await new Promise((resolve) => setTimeout(resolve, 200));
    SlowJob.finished.push(payload.label);
  }
}

describeWithRedis(__filename)('email delivery through the outbox, Bull and SMTP', () => {
  const prefix = uniqueQueuePrefix();
  let database: TestDatabase;
  let smtp: SmtpSink;
  let platform: Platform;
  let queue: JobQueue;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createTestDatabase(), startSmtpSink()]);
    platform = await startPlatform(
      {
        DATABASE_URL: database.url,
        REDIS_URL: testRedisUrl(),
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: prefix,
        JOB_ATTEMPTS: '3',
        JOB_BACKOFF_MS: '50',
        OUTBOX_POLL_MS: '25',
        PUBLIC_URL: 'https://certificates.example.org',
        BRAND_NAME: 'Institute of Testing',
        MAIL_FROM: 'Institute of Testing <no-reply@certificates.example.org>',
      },
      { providers: [FlakyJob, SlowJob] },
    );
    queue = platform.app.get(JobQueue);
  });

  afterAll(async () => {
    await platform?.close();
    await Promise.all([smtp?.stop(), database?.drop(), deleteQueueKeys(testRedisUrl(), prefix)]);
  });

  it('uses the Bull adapter and reports Redis as up', async () => {
    expect(await queue.health()).toEqual({ adapter: 'bull', up: true });
  });

  it('delivers an email queued in a committed transaction, with HTML and text parts', async () => {
    await commitEmails(platform.app, {
      to: 'ada@example.org',
      subject: 'Your test message',
      template: 'test-message',
      data: { name: 'Ada <Lovelace>', sentOn: '2017-01-04', amount: 2588 },
    });
    const mail = await eventually(() => smtp.received.find((m) => m.envelopeTo.includes('ada@example.org')), {
      what: 'the email',
    });
    expect(mail.subject).toBe('Your test message');
    expect(mail.from).toBe('Institute of Testing <no-reply@certificates.example.org>');
    expect(mail.to).toBe('ada@example.org');
    expect(mail.html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(mail.html).toContain('Institute of Testing');
    expect(mail.html).toContain('href="https://certificates.example.org/documents"');
    expect(mail.text).toContain('Hello Ada <Lovelace>,');
    expect(mail.text).toContain('sent on 4 January 2017');
    expect(mail.text).toContain('Amount: £25.88');
    expect(mail.text).toContain('https://certificates.example.org/documents');
    await eventually(async () => (await queue.counts()).completed >= 1, { what: 'the job to complete' });
  });

  it('retries when the SMTP server refuses the first attempt, and the email arrives on a later one', async () => {
    smtp.refuseNext(1);
    await commitEmails(platform.app, {
      to: 'grace@example.org',
      subject: 'Second time lucky',
      template: 'test-message',
      data: { name: 'Grace' },
    });
    const mail = await eventually(
      () => smtp.received.find((m) => m.envelopeTo.includes('grace@example.org')),
      { what: 'the retried email' },
    );
    expect(mail.subject).toBe('Second time lucky');
    expect(mail.text).toContain('Hello Grace,');
    expect(smtp.recipientAttempts.filter((address) => address === 'grace@example.org')).toHaveLength(2);
    expect(smtp.received.filter((m) => m.envelopeTo.includes('grace@example.org'))).toHaveLength(1);
  });

  it('dead-letters a job that fails every attempt; staff can list, retry and discard it', async () => {
    FlakyJob.succeed = false;
    await commitOutbox(
      platform.app,
      { topic: 'test.flaky', payload: { label: 'first' } },
      { topic: 'test.flaky', payload: { label: 'second' } },
    );
    const deadLetters = await eventually(
      async () => {
        const list = await queue.deadLetters();
        return list.length === 2 ? list : undefined;
      },
      { what: 'two dead letters' },
    );
    const first = deadLetters.find((d) => d.payload.label === 'first')!;
    expect(first).toMatchObject({ topic: 'test.flaky', attempts: 3, lastError: 'first failed on attempt 3' });
    expect(first.failedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(FlakyJob.runs.filter((run) => run.label === 'first').map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(await queue.counts()).toMatchObject({ failed: 2, waiting: 0, delayed: 0, active: 0 });

    FlakyJob.succeed = true;
    await queue.retryDeadLetter(first.id);
    await eventually(() => FlakyJob.runs.some((run) => run.label === 'first' && run.attempt === 4), {
      what: 'the retried job',
    });
    await eventually(async () => (await queue.counts()).failed === 1, {
      what: 'the retried job to leave the dead letters',
    });

    const second = deadLetters.find((d) => d.payload.label === 'second')!;
    await queue.discardDeadLetter(second.id);
    expect(await queue.deadLetters()).toEqual([]);
    await expect(queue.retryDeadLetter(second.id)).rejects.toMatchObject({ code: 'PLATFORM.JOB_NOT_FOUND' });
  });

  it('dead-letters a job whose email template does not exist without retrying it', async () => {
    await commitEmails(platform.app, {
      to: 'nobody@example.org',
      subject: 'Broken',
      template: 'no-such-template',
      data: {},
    });
    const [dead] = await eventually(
      async () => {
        const list = (await queue.deadLetters()).filter((d) => d.topic === 'email.send');
        return list.length ? list : undefined;
      },
      { what: 'the dead letter' },
    );
    expect(dead.attempts).toBe(1);
    expect(dead.lastError).toMatch(/no-such-template/);
    await queue.discardDeadLetter(dead.id);
  });

  it('makes one job of an outbox id however often it is enqueued', async () => {
    const job = { id: randomUUID(), topic: 'test.slow', payload: { label: 'once' } };
    await Promise.all([queue.enqueue(job), queue.enqueue(job)]);
    await eventually(() => SlowJob.finished.includes('once'), { what: 'the job' });
    await queue.enqueue(job); // relayed again after it completed
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(SlowJob.started.filter((label) => label === 'once')).toHaveLength(1);
  });

  // Last: it closes the queue.
  it('lets the job in flight finish when the queue closes', async () => {
    await queue.enqueue({ id: randomUUID(), topic: 'test.slow', payload: { label: 'in-flight' } });
    await eventually(() => SlowJob.started.includes('in-flight'), { what: 'the job to start' });
    await queue.close();
    expect(SlowJob.finished).toContain('in-flight');
  });
});
