// Zero-setup mode: no REDIS_URL and no SMTP_URL. The in-process queue delivers the outbox email to
// .eml files (shown by the development mail viewer) and applies the same retry and dead-letter rules.
import { Injectable } from '@nestjs/common';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { HandlesJob, JobHandler } from '../../../src/shared/application/job-handler';
import { JobQueue } from '../../../src/shared/application/job-queue';
import { parseMimeMessage } from '../../../src/shared/infrastructure/email/mime-message';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { commitEmails, commitOutbox, Platform, startPlatform } from '../../support/platform';

/** Fails every attempt before `succeedFrom` (Infinity: always). */
@Injectable()
@HandlesJob('test.flaky')
class FlakyJob implements JobHandler<{ label: string; succeedFrom?: number }> {
  static runs: Array<{ label: string; attempt: number }> = [];
  static forceSuccess = false;

  async handle(
    payload: { label: string; succeedFrom?: number },
    { attempt }: { attempt: number },
  ): Promise<void> {
    FlakyJob.runs.push({ label: payload.label, attempt });
    if (!FlakyJob.forceSuccess && attempt < (payload.succeedFrom ?? Infinity))
      throw new Error(`${payload.label} failed on attempt ${attempt}`);
  }
}

describe('the in-process queue with mail written to files', () => {
  let database: TestDatabase;
  let dataDir: string;
  let platform: Platform;
  let queue: JobQueue;

  beforeAll(async () => {
    [database, dataDir] = await Promise.all([
      createTestDatabase(),
      mkdtemp(join(tmpdir(), 'veri-mail-test-')),
    ]);
    platform = await startPlatform(
      {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        JOB_ATTEMPTS: '3',
        JOB_BACKOFF_MS: '20',
        OUTBOX_POLL_MS: '25',
        PUBLIC_URL: 'https://certificates.example.org',
        DEV_MAIL_VIEWER: 'true',
      },
      { providers: [FlakyJob] },
    );
    queue = platform.app.get(JobQueue);
  });

  afterAll(async () => {
    await platform?.close();
    await Promise.all([database?.drop(), dataDir && rm(dataDir, { recursive: true, force: true })]);
  });

  it('uses the in-process adapter', async () => {
    expect(await queue.health()).toEqual({ adapter: 'in-process', up: true });
  });

  it('delivers an outbox email as an .eml file with HTML and text parts, shown by /dev/mail', async () => {
    await commitEmails(platform.app, {
      to: 'ada@example.org',
      subject: 'Your test message',
      template: 'test-message',
      data: { name: 'Ada <b>', sentOn: '2017-01-04' },
    });
    const mailDir = join(dataDir, 'mail');
    const [file] = await eventually(
      async () => {
        const files = (await readdir(mailDir).catch(() => [])).filter((name) => name.endsWith('.eml'));
        return files.length ? files : undefined;
      },
      { what: 'the .eml file' },
    );
    const message = await parseMimeMessage(await readFile(join(mailDir, file)));
    expect(message).toMatchObject({ to: 'ada@example.org', subject: 'Your test message' });
    expect(message.html).toContain('Hello Ada &lt;b&gt;,');
    expect(message.text).toContain('Hello Ada <b>,');
    expect(message.text).toContain('https://certificates.example.org/documents');

    const server = platform.app.getHttpServer();
    const list = await request(server)
      .get('/dev/mail')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(list.text).toContain('ada@example.org');
    expect(list.text).toContain(`href="/dev/mail/${file}"`);
    expect(list.text).toContain('Your test message');

    const shown = await request(server).get(`/dev/mail/${file}`).expect(200);
    expect(shown.text).toContain('<iframe sandbox');
    // The HTML part sits escaped inside srcdoc; the text part is escaped inside <pre>.
    expect(shown.text).toContain('Hello Ada &amp;lt;b&amp;gt;,');
    expect(shown.text).toContain('Hello Ada &lt;b&gt;,');
    expect(shown.text).not.toContain('<b>');

    await request(server).get('/dev/mail/..%2F..%2Fetc%2Fpasswd').expect(404);
    await request(server).get('/dev/mail/missing.eml').expect(404);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    await commitOutbox(platform.app, {
      topic: 'test.flaky',
      payload: { label: 'third-time', succeedFrom: 3 },
    });
    await eventually(() => FlakyJob.runs.filter((run) => run.label === 'third-time').length === 3, {
      what: 'three attempts',
    });
    await eventually(async () => (await queue.counts()).completed >= 2, { what: 'the job to complete' });
    expect(await queue.deadLetters()).toEqual([]);
  });

  it('dead-letters a job that fails every attempt; it can be retried and discarded', async () => {
    await commitOutbox(
      platform.app,
      { topic: 'test.flaky', payload: { label: 'doomed' } },
      { topic: 'test.flaky', payload: { label: 'discarded' } },
    );
    const deadLetters = await eventually(
      async () => {
        const list = await queue.deadLetters();
        return list.length === 2 ? list : undefined;
      },
      { what: 'two dead letters' },
    );
    const doomed = deadLetters.find((d) => d.payload.label === 'doomed')!;
    expect(doomed).toMatchObject({
      topic: 'test.flaky',
      attempts: 3,
      lastError: 'doomed failed on attempt 3',
    });

    FlakyJob.forceSuccess = true;
    await queue.retryDeadLetter(doomed.id);
    await eventually(() => FlakyJob.runs.some((run) => run.label === 'doomed' && run.attempt === 4), {
      what: 'the retry',
    });
    await eventually(
      async () => {
        const counts = await queue.counts();
        return counts.failed === 1 && counts.active === 0;
      },
      { what: 'the retried job to leave the dead letters and finish' },
    );

    await queue.discardDeadLetter(deadLetters.find((d) => d.payload.label === 'discarded')!.id);
    expect(await queue.counts()).toMatchObject({ failed: 0, waiting: 0, delayed: 0, active: 0 });
  });
});
