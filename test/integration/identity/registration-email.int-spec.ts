// A registration's email leaves the process for real: API -> RegisterCandidate -> outbox -> relay ->
// Bull on Redis -> 'email.send' job -> templates -> SMTP (a real smtp-server started here).
import { createTestApp, TestApp } from '../../support/app';
import { eventually } from '../../support/eventually';
import { importRecords, registration, staffToken } from '../../support/identity';
import { SmtpSink, startSmtpSink } from '../../support/smtp-sink';
import { describeWithRedis } from '../../support/redis';

describeWithRedis(__filename)('registration emails over SMTP', () => {
  let smtp: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({
      runWorkers: true,
      redis: true,
      env: {
        SMTP_URL: smtp.url,
        OUTBOX_POLL_MS: '25',
        BRAND_NAME: 'Institute of Testing',
        MAIL_FROM: 'Institute of Testing <no-reply@example.org>',
      },
    });
    await importRecords(t, await staffToken(t), [
      { candidateNumber: '6000001', firstName: 'Chien-Shiung', surname: 'Wu', dateOfBirth: '1982-05-31' },
    ]);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('a matched registration emails the access details and a working confirmation link', async () => {
    const res = await t
      .http()
      .post('/api/v1/registrations/candidates')
      .send(
        registration({
          email: 'wu@example.test',
          candidateNumber: '6000001',
          firstName: 'Chien-Shiung',
          surname: 'Wu',
          dateOfBirth: '1982-05-31',
        }),
      );
    expect(res.body.status).toBe('active');

    const mail = await eventually(() => smtp.received.find((m) => m.envelopeTo.includes('wu@example.test')), {
      what: 'the registration email',
    });
    expect(mail.subject).toBe('Your account is ready');
    expect(mail.from).toContain('no-reply@example.org');
    expect(mail.text).toContain('Hello Chien-Shiung,');
    expect(mail.text).toContain('linked to candidate number 6000001');
    expect(mail.text).toContain('Username: wu@example.test');
    expect(mail.html).toContain('Institute of Testing');
    expect(mail.text).not.toContain('a long unusual passphrase');

    // The link in the email confirms the address.
    const link = /(http:\/\/\S+\/verify-email\?token=[\w-]+)/.exec(mail.text!)![1];
    const token = new URL(link).searchParams.get('token')!;
    expect((await t.http().post('/api/v1/email-verifications').send({ token })).status).toBe(204);
  });

  it('an unmatched registration emails that it is pending authorisation', async () => {
    await t
      .http()
      .post('/api/v1/registrations/candidates')
      .send(registration({ email: 'pending.wu@example.test', firstName: 'Nobody', surname: 'Known' }));
    const mail = await eventually(
      () => smtp.received.find((m) => m.envelopeTo.includes('pending.wu@example.test')),
      { what: 'the pending email' },
    );
    expect(mail.subject).toBe('Your registration is waiting for authorisation');
    expect(mail.text).toContain('pending authorisation');
  });
});
