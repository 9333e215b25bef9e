// A real SMTP server (the npm smtp-server package) on a free local port that keeps what it receives,
// for tests that must see mail leave the process. It can refuse the first recipients to test retries.
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MimeMessage, parseMimeMessage } from '../../src/shared/infrastructure/email/mime-message';

export interface ReceivedMail extends MimeMessage {
  envelopeTo: string[];
  raw: Buffer;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** RCPT TO commands seen, refused ones included. */
  recipientAttempts: string[];
  /** SMTP sessions (TCP connections) opened to the sink so far. */
  connectionsOpened(): number;
  /** Answer the next `count` RCPT TO commands with 451 (a temporary failure). */
  refuseNext(count: number): void;
  stop(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Wait this long before answering each message, like a busy mail server. */
  delayMs?: number;
  /** Called with each message once it is kept and before the sender hears it was accepted. */
  onMessage?: (mail: ReceivedMail) => void;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let parsing: Promise<void> = Promise.resolve();
  const recipientAttempts: string[] = [];
  let refusals = 0;
  let connections = 0;
  const server = new SMTPServer({
    // Plain SMTP on loopback: no TLS upgrade offered, no login required.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onRcptTo(address, _session, callback) {
      recipientAttempts.push(address.address);
      if (refusals > 0) {
        refusals--;
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        // Parsed one after another, so `received` keeps the order of arrival.
        parsing = parsing
          .then(async () => {
            const mail = { ...(await parseMimeMessage(raw)), envelopeTo, raw };
            received.push(mail);
            options.onMessage?.(mail);
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          })
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // A client that goes away in the middle of a message (a worker the fault tests kill) resets its
  // connection, which smtp-server reports as the server's 'error'. A mail server drops the unfinished
  // message and carries on, and so does the sink; any other error still fails the test file.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
    throw error;
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    recipientAttempts,
    connectionsOpened: () => connections,
    refuseNext: (count) => void (refusals = count),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
