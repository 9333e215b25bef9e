import { loadConfig } from '../../../config/app-config';
import { PermanentJobFailure } from '../../application/job-queue';
import { defaultEmailTemplatesDir, EmailTemplates } from './email-templates';
import { InMemoryEmailSender } from './in-memory-email-sender';
import { SendEmailJobHandler } from './send-email.job-handler';

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
    await handler.handle({
      to: 'ada@example.org',
      subject: 'Hello',
      template: 'test-message',
      data: { name: 'Ada', sentOn: '2017-01-04' },
    });
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
      handler.handle({ to: 'a@example.org', subject: 'x', template: 'missing', data: {} }),
    ).rejects.toBeInstanceOf(PermanentJobFailure);
    await expect(
      handler.handle({ subject: 'x', template: 'test-message', data: {} } as never),
    ).rejects.toBeInstanceOf(PermanentJobFailure);
  });
});
