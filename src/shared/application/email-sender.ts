/** A rendered email, ready to leave the process. Every message has an HTML and a plain-text part. */
export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/**
 * Delivers rendered email. Called only from the 'email.send' job (outbox -> queue), never in a
 * request: use EmailOutbox to ask for an email.
 */
export abstract class EmailSender {
  abstract send(message: EmailMessage): Promise<void>;
}
