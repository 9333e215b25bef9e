// The SMTP sink the email and fault tests deliver to: a client killed in the middle of a message (as the
// fault tests kill workers) must not fail the test file; the unfinished message is simply not kept.
import { connect, Socket } from 'node:net';
import { startSmtpSink } from '../../support/smtp-sink';

/** Resolves with the next reply line that starts with `code`. */
function reply(socket: Socket, code: string): Promise<void> {
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      const lines = chunk.toString().split('\r\n');
      if (!lines.some((line) => line.startsWith(`${code} `))) return;
      socket.off('data', onData);
      resolve();
    };
    socket.on('data', onData);
  });
}

/** Opens a session, starts a message and resets the connection half-way, as a SIGKILLed client's kernel does. */
async function resetMidMessage(url: string): Promise<void> {
  const socket = connect({ host: '127.0.0.1', port: Number(new URL(url).port) });
  await reply(socket, '220');
  socket.write('EHLO worker.test\r\n');
  await reply(socket, '250');
  socket.write('MAIL FROM:<no-reply@example.org>\r\n');
  await reply(socket, '250');
  socket.write('RCPT TO:<ada@example.org>\r\n');
  await reply(socket, '250');
  socket.write('DATA\r\n');
  await reply(socket, '354');
  socket.write('Subject: half a message\r\n\r\nHello');
  // Once the sink has read the half message, the connection is reset, not closed in order.
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.resetAndDestroy();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('SMTP sink', () => {
  it('carries on when clients reset their connections in the middle of a message', async () => {
    const sink = await startSmtpSink();
    try {
      // A killed worker drops each of its pooled connections.
      await resetMidMessage(sink.url);
      await resetMidMessage(sink.url);
      expect(sink.received).toHaveLength(0);
      expect(sink.connectionsOpened()).toBe(2);
    } finally {
      await sink.stop();
    }
  });
});
