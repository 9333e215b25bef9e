import { EmailMessage, EmailSender } from '../../application/email-sender';

/** For tests: keeps what was sent, in order. */
export class InMemoryEmailSender extends EmailSender {
  readonly sent: EmailMessage[] = [];

  async send(message: EmailMessage): Promise<void> {
    this.sent.push(message);
  }

  sentTo(address: string): EmailMessage[] {
    return this.sent.filter((message) => message.to === address);
  }

  clear(): void {
    this.sent.length = 0;
  }
}
