// Email throughput: committed outbox rows -> relay -> Bull on Redis -> the 'email.send' job (template,
// SMTP) -> a real SMTP server, with one worker process (src/worker.ts, as an operator starts it). The
// SMTP sink (smtp-server) runs in this process and only counts what arrives (by Message-ID, so a
// duplicate shows); the bare baseline is plain nodemailer in a process of its own sending the same
// messages to the same sink, before and after the worker's run.
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SMTPServer } from 'smtp-server';
import type { BareMailJob } from './bare-mailer';
import { round, run, today, withClient } from './fixtures';
import { machine, machineLoad, startPortal, TYPESCRIPT, writeSection } from './support';

const EMAILS = Number(process.env.BENCH_EMAILS ?? 5000);
const MAIL_FROM = 'Veri <no-reply@veri.test>';

/** Counts arriving messages by Message-ID (no MIME parsing: the sink must not be the bottleneck). */
async function startCountingSink() {
  const seen = new Map<string, number>();
  let arrivals = 0;
  let waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
        seen.set(id, (seen.get(id) ?? 0) + 1);
        arrivals++;
        waiters = waiters.filter((w) => (arrivals >= w.count ? (w.resolve(), false) : true));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    seen,
    arrivals: () => arrivals,
    reset: () => {
      seen.clear();
      arrivals = 0;
    },
    until: (count: number) =>
      new Promise<void>((resolve) => (arrivals >= count ? resolve() : waiters.push({ count, resolve }))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function bareRun(job: BareMailJob): Promise<number> {
  const child = fork(join(__dirname, 'bare-mailer.ts'), [], {
    execArgv: TYPESCRIPT,
  });
  return new Promise<number>((resolve, reject) => {
    child.once('message', (m: { seconds?: number; error?: string }) =>
      m.seconds !== undefined ? resolve(m.seconds) : reject(new Error(m.error)),
    );
    child.once('exit', (code) => reject(new Error(`bare mailer exited with ${code}`)));
    child.send(job);
  });
}

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...TYPESCRIPT, '-r', join(__dirname, 'profile-on-signal.ts'), join(__dirname, '../../src/worker.ts')],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  process.once('exit', () => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      if (/error/i.test(text) && !/"level":(30|20)/.test(text)) process.stderr.write(text);
      if (text.includes('Veri worker is running')) resolve(child);
    };
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('exit', (code) => reject(new Error(`The worker exited with ${code}`)));
  });
}

run(async () => {
  const sink = await startCountingSink();
  const portal = await startPortal('emails'); // makes the database and applies the migrations
  const { databaseUrl, config } = portal;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `veri-bench-emails-${randomBytes(3).toString('hex')}`;
  const bareJob = (runId: string): BareMailJob => ({
    smtpUrl: sink.url,
    count: EMAILS,
    mailFrom: MAIL_FROM,
    publicUrl: config.publicUrl,
    brand: config.brand,
    runId,
  });

  const loadBefore = machineLoad();
  const bare = await bareRun(bareJob('a'));
  const bareLoad = machineLoad();
  sink.reset();

  const worker = await startWorker({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: sink.url,
    QUEUE_PREFIX: prefix,
    MIGRATE_ON_START: 'false',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'info',
    // Not development, which recompiles each template per email so edits show at once.
    NODE_ENV: 'test',
    MAIL_FROM,
    BENCH_PROFILE_NAME: 'emails-worker',
    ...Object.fromEntries(
      ['JOB_CONCURRENCY', 'OUTBOX_BATCH_SIZE', 'OUTBOX_POLL_MS']
        .filter((key) => process.env[`BENCH_${key}`])
        .map((key) => [key, process.env[`BENCH_${key}`]!]),
    ),
  });
  if (process.env.BENCH_PROFILE) worker.kill('SIGUSR2');
  const started = performance.now();
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO outbox (id, topic, payload, created_at, not_before)
       SELECT gen_random_uuid(), 'email.send',
              jsonb_build_object('to', 'person-' || i || '@example.test', 'subject', 'Hello',
                                 'template', 'test-message', 'data', jsonb_build_object('name', 'Person ' || i)),
              now(), now()
       FROM generate_series(1, $1::int) AS i`,
      [EMAILS],
    ),
  );
  await sink.until(EMAILS);
  const delivered = (performance.now() - started) / 1000;
  const pipelineLoad = machineLoad();
  // The rows are done once each job's completion is recorded (ADR 0010).
  let open = -1;
  while (open !== 0) {
    open = await withClient(databaseUrl, async (client) =>
      Number((await client.query('SELECT count(*) FROM outbox WHERE completed_at IS NULL')).rows[0].count),
    );
    if (open !== 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const closed = (performance.now() - started) / 1000;
  if (process.env.BENCH_PROFILE) {
    const written = new Promise<void>((resolve) =>
      worker.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('profile-written') && resolve()),
    );
    worker.kill('SIGUSR2');
    await written;
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const duplicates = [...sink.seen.values()].filter((n) => n > 1).length;
  const distinct = sink.seen.size;
  const arrivals = sink.arrivals();
  worker.kill('SIGTERM');
  await new Promise((resolve) => worker.once('exit', resolve));

  sink.reset();
  const bareAgain = await bareRun(bareJob('b'));
  const loadAfter = machineLoad();
  await sink.stop();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();

  const rate = (seconds: number) => Math.round(EMAILS / seconds);
  const bareRate = Math.round((rate(bare) + rate(bareAgain)) / 2);
  const ratio = round(rate(delivered) / bareRate);
  const settings = `JOB_CONCURRENCY=${process.env.BENCH_JOB_CONCURRENCY ?? config.jobs.concurrency}, OUTBOX_BATCH_SIZE=${process.env.BENCH_OUTBOX_BATCH_SIZE ?? config.outbox.batchSize}`;
  const markdown = `## Emails: outbox -> queue -> SMTP, one worker

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before, ${pipelineLoad} after the worker's run, ${loadAfter} at the end.
Run: \`npm run bench -- emails\` (BENCH_EMAILS=${EMAILS}). ${EMAILS} outbox rows (template \`test-message\` in the layout) committed in one
statement while one worker process (\`src/worker.ts\`, ${settings}) ran; the SMTP sink (smtp-server, in the benchmark's process)
counted arrivals by Message-ID. Bare: plain nodemailer in a process of its own, pooled the same way, the same ${EMAILS} rendered
messages all handed over at once, before and after the worker's run.

| run | seconds | emails/s |
| --- | ---: | ---: |
| bare nodemailer, before | ${round(bare)} | ${rate(bare)} |
| worker: outbox -> queue -> SMTP (all arrived) | ${round(delivered)} | ${rate(delivered)} |
| worker: every outbox row closed | ${round(closed)} | ${rate(closed)} |
| bare nodemailer, after | ${round(bareAgain)} | ${rate(bareAgain)} |

The worker delivered **${rate(delivered)} emails/s** (target >= 1,000), ${ratio} of bare nodemailer's ${bareRate}/s (load ${bareLoad} after the first bare run).
Arrivals ${arrivals}, distinct Message-IDs ${distinct}, Message-IDs seen twice ${duplicates}.`;
  if (process.env.BENCH_WRITE_DOCS === 'true') writeSection('emails', markdown);
  console.log(markdown);
  await portal.close();
});
