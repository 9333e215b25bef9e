import { OnApplicationShutdown } from '@nestjs/common';
import { connect, Socket } from 'node:net';
import { createTransport, Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { EmailMessage, EmailSender } from '../../application/email-sender';

/** SMTP connections kept open to the mail server (nodemailer's own default; servers limit them per client). */
export const SMTP_CONNECTIONS = 5;
/** Messages sent on one connection before it is replaced (servers limit them per session). */
const MESSAGES_PER_CONNECTION = 100;

/**
 * Delivers through the SMTP server of SMTP_URL (smtp:// or smtps://, credentials in the URL). Connections
 * are pooled and reused: a new SMTP session per email (TCP, greeting, EHLO, STARTTLS) cost more than the
 * email itself. Options nodemailer reads from the URL's query string apply and win over the defaults here,
 * so a relay that allows more sessions can be given them (`?maxConnections=20`): with the relay across a
 * network each email waits for its SMTP round trips, and the pool's size bounds the emails in flight.
 */
export class SmtpEmailSender extends EmailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(smtpUrl: string) {
    super();
    const options: SMTPPool.Options = {
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: MESSAGES_PER_CONNECTION,
      ...parseConnectionUrl(smtpUrl),
    };
    // Plain smtp:// (STARTTLS upgrades this same socket): Nagle's algorithm off, or each of the small
    // SMTP commands waits for the server's delayed ACK (about 40 ms per email on Linux). smtps:// opens
    // its TLS socket itself.
    if (!options.secure) options.getSocket = connectWithoutNagle;
    this.transport = createTransport(options);
  }

  async send(message: EmailMessage): Promise<void> {
    // A refusal (4xx/5xx) rejects, so the job fails and the queue retries it.
    await this.transport.sendMail(message);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** Opens the TCP connection the pool then speaks SMTP on (nodemailer's default port for smtp:// is 587). */
function connectWithoutNagle(
  options: SMTPPool.Options,
  callback: (error: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  const socket = connect({ host: options.host ?? 'localhost', port: options.port ?? 587, noDelay: true });
  const failed = (error: Error) => callback(error);
  socket.setTimeout(options.connectionTimeout ?? 120_000, () =>
    socket.destroy(new Error('Timed out connecting to the SMTP server')),
  );
  socket.once('error', failed);
  socket.once('connect', () => {
    socket.off('error', failed);
    socket.setTimeout(0);
    callback(null, { connection: socket });
  });
}
