/** A rendered email, ready to leave the process. Every message has an HTML and a plain-text part. */
export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /**
   * The Message-ID header, "<unique@domain>". Derived from the outbox row, so a retry after a crash
   * sends the same id and mail servers and clients can drop the copy.
   */
  messageId?: string;
}

/**
 * Delivers rendered email. Called only from the 'email.send' job (outbox -> queue), never in a
 * request: use EmailOutbox to ask for an email.
 */
export abstract class EmailSender {
  abstract send(message: EmailMessage): Promise<void>;
}
