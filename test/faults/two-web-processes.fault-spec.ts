// Two web processes and one worker, as docker-compose.yml runs them: one Postgres, one Redis, one mail
// server. A session opened on one web process works on the other, a throttle limit counts requests to
// both, and emails requested through either arrive once each.
import { createTestDatabase, TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { csrfTokenIn } from '../support/app';
import { OwnRedis, startOwnRedis } from './support/redis-server';
import { describeWithRedisServer } from '../support/redis';
import { startVeriProcess, VeriProcess } from './support/veri-process';

const CANDIDATE = { email: 'candidate@example.com', password: 'demo candidate passphrase' }; // demo data
const MAILING_LIMIT = 5; // MailingThrottle: 5 password-reset requests per 15 minutes per client address

/** The cookies a browser would send back: name=value of each Set-Cookie. */
const cookiesOf = (res: Response, jar = new Map<string, string>()) => {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return jar;
};
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

describeWithRedisServer(__filename)('two web processes and one worker', () => {
  let database: TestDatabase;
  let redis: OwnRedis;
  let sink: SmtpSink;
  const web: VeriProcess[] = [];
  let worker: VeriProcess;

  beforeAll(async () => {
    [database, redis, sink] = await Promise.all([createTestDatabase(), startOwnRedis(), startSmtpSink()]);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: sink.url,
      QUEUE_PREFIX: 'veri-faults',
      OUTBOX_POLL_MS: '50',
      MAIL_FROM: 'Veri <no-reply@veri.test>',
    };
    // The first web process loads the demo data; the others start on the loaded database.
    web.push(await startVeriProcess('web', { ...env, DEMO_DATA: 'true' }));
    [web[1], worker] = await Promise.all([startVeriProcess('web', env), startVeriProcess('worker', env)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...web, worker].filter(Boolean).map((p) => p.kill('SIGKILL')));
    await Promise.all([redis?.stop(), sink?.stop()]);
    await database?.drop();
  });

  it('a session opened on web 1 is signed in on web 2', async () => {
    const page = await fetch(`${web[0].url}/login`);
    const jar = cookiesOf(page);
    const login = await fetch(`${web[0].url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
      body: new URLSearchParams({ ...CANDIDATE, _csrf: csrfTokenIn(await page.text())! }),
    });
    expect(login.status).toBe(303);
    cookiesOf(login, jar);

    const home = await fetch(`${web[1].url}/home`, {
      redirect: 'manual',
      headers: { cookie: cookieHeader(jar) },
    });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('John');
  });

  it('counts password-reset requests to both against one limit, and each email arrives once', async () => {
    const resetRequest = (process: VeriProcess) =>
      fetch(`${process.url}/api/v1/password-resets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: CANDIDATE.email }),
      });
    const statuses: number[] = [];
    for (let n = 0; n < MAILING_LIMIT; n++) statuses.push((await resetRequest(web[n % 2])).status);
    expect(statuses).toEqual(statuses.map(() => 202));
    expect((await resetRequest(web[0])).status).toBe(429);
    expect((await resetRequest(web[1])).status).toBe(429);

    const resets = () => sink.received.filter((mail) => mail.envelopeTo.includes(CANDIDATE.email));
    await eventually(() => resets().length >= MAILING_LIMIT, { timeoutMs: 30_000, what: 'the reset emails' });
    await new Promise((resolve) => setTimeout(resolve, 2000)); // no late copies
    expect(resets()).toHaveLength(MAILING_LIMIT);
    expect(new Set(resets().map((mail) => mail.headers.get('message-id'))).size).toBe(MAILING_LIMIT);
  });
});
