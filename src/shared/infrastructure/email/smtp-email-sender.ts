import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { EmailMessage, EmailSender } from '../../application/email-sender';

/** Delivers through the SMTP server of SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export class SmtpEmailSender extends EmailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(smtpUrl: string) {
    super();
    this.transport = createTransport(smtpUrl);
  }

  async send(message: EmailMessage): Promise<void> {
    // A refusal (4xx/5xx) rejects, so the job fails and the queue retries it.
    await this.transport.sendMail(message);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
