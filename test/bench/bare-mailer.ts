// The emails benchmark's bare baseline, in a process of its own (as the worker is): plain nodemailer,
// pooled (the same number of connections as the app's sender, Nagle off), sending the messages the
// app would send (rendered beforehand with the app's templates, not timed) to the same SMTP sink.
import { connect } from 'node:net';
import { createTransport } from 'nodemailer';
import type { AppConfig } from '../../src/config/app-config';
import {
  EmailTemplates,
  defaultEmailTemplatesDir,
} from '../../src/shared/infrastructure/email/email-templates';
import { SMTP_CONNECTIONS } from '../../src/shared/infrastructure/email/smtp-email-sender';

export interface BareMailJob {
  smtpUrl: string;
  count: number;
  mailFrom: string;
  publicUrl: string;
  brand: AppConfig['brand'];
  runId: string;
}

process.once('message', async (job: BareMailJob) => {
  try {
    const templates = new EmailTemplates({
      dir: defaultEmailTemplatesDir(),
      publicUrl: job.publicUrl,
      brand: job.brand,
      cache: true,
    });
    const messages = Array.from({ length: job.count }, (_, i) => ({
      from: job.mailFrom,
      to: `bare-${i}@example.test`,
      subject: 'Hello',
      messageId: `<bare-${job.runId}-${i}@veri.test>`,
      ...templates.render('test-message', 'Hello', { name: `Person ${i}` }),
    }));
    const { hostname, port } = new URL(job.smtpUrl);
    const transport = createTransport({
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: 100,
      host: hostname,
      port: Number(port),
      getSocket: (_options, callback) => {
        const socket = connect({ host: hostname, port: Number(port), noDelay: true }, () =>
          callback(null, { connection: socket }),
        );
        socket.once('error', callback);
      },
    });
    const started = performance.now();
    await Promise.all(messages.map((message) => transport.sendMail(message)));
    const seconds = (performance.now() - started) / 1000;
    transport.close();
    process.send!({ seconds }, () => process.exit(0));
  } catch (error) {
    process.send!({ error: String(error) }, () => process.exit(1));
  }
});
