import { loadConfig } from '../../../config/app-config';
import { PermanentJobFailure } from '../../application/job-queue';
import { defaultEmailTemplatesDir, EmailTemplates } from './email-templates';
import { InMemoryEmailSender } from './in-memory-email-sender';
import { SendEmailJobHandler } from './send-email.job-handler';

const JOB_ID = '3f2a8d4e-5b6c-4d7e-8f90-a1b2c3d4e5f6';

describe('SendEmailJobHandler', () => {
  const config = loadConfig({
    MAIL_FROM: 'Veri <no-reply@veri.example>',
    PUBLIC_URL: 'https://veri.example',
  });
  const templates = new EmailTemplates({
    dir: defaultEmailTemplatesDir(),
    publicUrl: config.publicUrl,
    brand: config.brand,
    cache: true,
  });

  it('renders the requested template and sends both parts from MAIL_FROM', async () => {
    const sender = new InMemoryEmailSender();
    const handler = new SendEmailJobHandler(templates, sender, config);
    await handler.handle(
      {
        to: 'ada@example.org',
        subject: 'Hello',
        template: 'test-message',
        data: { name: 'Ada', sentOn: '2017-01-04' },
      },
      { jobId: JOB_ID },
    );
    expect(sender.sent).toHaveLength(1);
    const [message] = sender.sentTo('ada@example.org');
    expect(message).toMatchObject({
      from: 'Veri <no-reply@veri.example>',
      to: 'ada@example.org',
      subject: 'Hello',
    });
    expect(message.html).toContain('Hello Ada,');
    expect(message.text).toContain('https://veri.example/documents');
  });

  it('fails permanently for an unknown template or a malformed request', async () => {
    const handler = new SendEmailJobHandler(templates, new InMemoryEmailSender(), config);
    await expect(
      handler.handle({ to: 'a@example.org', subject: 'x', template: 'missing', data: {} }, { jobId: JOB_ID }),
    ).rejects.toBeInstanceOf(PermanentJobFailure);
    await expect(
      handler.handle({ subject: 'x', template: 'test-message', data: {} } as never, { jobId: JOB_ID }),
    ).rejects.toBeInstanceOf(PermanentJobFailure);
  });

  it('gives the email a Message-ID derived from its outbox row, the same on every attempt', async () => {
    const sender = new InMemoryEmailSender();
    const handler = new SendEmailJobHandler(templates, sender, config);
    const request = { to: 'ada@example.org', subject: 'Hi', template: 'test-message', data: { name: 'Ada' } };
    await handler.handle(request, { jobId: JOB_ID });
    await handler.handle(request, { jobId: JOB_ID });
    await handler.handle(request, { jobId: 'another-row' });
    expect(sender.sent.map((message) => message.messageId)).toEqual([
      `<${JOB_ID}@veri.example>`,
      `<${JOB_ID}@veri.example>`,
      '<another-row@veri.example>',
    ]);
  });
});
