// The SMTP adapter against a real SMTP server (smtp-server): its pool of connections, and the pool's
// size taken from SMTP_URL's query string when the operator sets one.
import {
  SmtpEmailSender,
  SMTP_CONNECTIONS,
} from '../../../src/shared/infrastructure/email/smtp-email-sender';
import { SmtpSink, startSmtpSink } from '../../support/smtp-sink';

/** Sends `count` emails at once and waits for all of them. */
async function sendAtOnce(sender: SmtpEmailSender, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      sender.send({
        from: 'no-reply@certificates.example.org',
        to: `person-${i}@example.org`,
        subject: `Message ${i}`,
        text: 'Hello',
        html: '<p>Hello</p>',
      }),
    ),
  );
}

describe('SmtpEmailSender', () => {
  let sink: SmtpSink;
  let sender: SmtpEmailSender | undefined;

  beforeEach(async () => {
    // A slow server keeps every connection busy, so the pool opens all it may.
    sink = await startSmtpSink({ delayMs: 50 });
  });

  afterEach(async () => {
    sender?.onApplicationShutdown();
    sender = undefined;
    await sink.stop();
  });

  it(`delivers many emails at once over at most ${SMTP_CONNECTIONS} pooled connections by default`, async () => {
    sender = new SmtpEmailSender(sink.url);
    await sendAtOnce(sender, 20);
    expect(sink.received).toHaveLength(20);
    expect(sink.connectionsOpened()).toBeGreaterThan(1);
    expect(sink.connectionsOpened()).toBeLessThanOrEqual(SMTP_CONNECTIONS);
  });

  it("takes the pool's size from SMTP_URL's query string", async () => {
    sender = new SmtpEmailSender(`${sink.url}?maxConnections=10`);
    await sendAtOnce(sender, 20);
    expect(sink.received).toHaveLength(20);
    expect(sink.connectionsOpened()).toBeGreaterThan(SMTP_CONNECTIONS);
    expect(sink.connectionsOpened()).toBeLessThanOrEqual(10);
  });
});
