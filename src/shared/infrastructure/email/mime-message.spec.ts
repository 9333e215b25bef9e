import { createTransport } from 'nodemailer';
import { parseMimeMessage } from './mime-message';

async function compose(message: Record<string, unknown>): Promise<Buffer> {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return (await transport.sendMail(message)).message as Buffer;
}

describe('parseMimeMessage', () => {
  it('reads the headers and both parts of a message written by nodemailer', async () => {
    const raw = await compose({
      from: 'Veri <no-reply@veri.example>',
      to: 'zoë@example.org',
      subject: 'Your certificate — ready to download (£25.88)',
      text: 'Hello Zoë,\n\nA long line that nodemailer will have to wrap with quoted-printable soft breaks because it is longer than seventy-six characters.\n',
      html: '<p>Hello Zoë, <a href="https://veri.example/a?b=c&amp;d=e">open</a></p>',
      date: new Date('2024-03-05T10:00:00Z'),
    });
    const message = await parseMimeMessage(raw);
    expect(message.subject).toBe('Your certificate — ready to download (£25.88)');
    expect(message.from).toBe('Veri <no-reply@veri.example>');
    expect(message.to).toBe('zoë@example.org');
    expect(message.date?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(message.text).toBe(
      'Hello Zoë,\n\nA long line that nodemailer will have to wrap with quoted-printable soft breaks because it is longer than seventy-six characters.\n',
    );
    expect(message.html).toBe('<p>Hello Zoë, <a href="https://veri.example/a?b=c&amp;d=e">open</a></p>');
  });

  it('reads base64 parts and skips attachments', async () => {
    const raw = await compose({
      from: 'a@example.org',
      to: 'b@example.org',
      subject: 'Plain',
      text: 'Ünïcödé everywhere: ' + 'ü'.repeat(100),
      textEncoding: 'base64',
      attachments: [{ filename: 'note.txt', content: 'not the body' }],
    });
    const message = await parseMimeMessage(raw.toString('utf8'));
    expect(message.text).toBe('Ünïcödé everywhere: ' + 'ü'.repeat(100));
    expect(message.html).toBeUndefined();
  });
});
