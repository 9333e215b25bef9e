import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../../config/app-config';
import { EmailMessage, EmailSender } from '../../application/email-sender';

/** Where the file adapter writes mail and the development mail viewer reads it. */
export function mailDir(config: Pick<AppConfig, 'dataDir'>): string {
  return join(config.dataDir, 'mail');
}

/**
 * Zero-setup delivery (no SMTP_URL): each message is written as an RFC 822 .eml file, exactly the
 * bytes an SMTP server would receive, named so that names sort by time of sending.
 */
export class FileEmailSender extends EmailSender {
  private readonly transport: Transporter;

  constructor(private readonly dir: string) {
    super();
    this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  async send(message: EmailMessage): Promise<void> {
    const info = await this.transport.sendMail(message);
    await mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
    // Written under a temporary name first so the mail viewer never reads half a message.
    const temporary = join(this.dir, `.${name}.tmp`);
    await writeFile(temporary, info.message as Buffer);
    await rename(temporary, join(this.dir, name));
  }
}
