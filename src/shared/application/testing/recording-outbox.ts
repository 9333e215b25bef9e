import { EmailOutbox, EmailRequest, SEND_EMAIL_TOPIC } from '../email-outbox';
import { IntegrationEvents, IntegrationEventType } from '../integration-events';
import { Outbox, OutboxMessage } from '../outbox';

/** Keeps what a command queued (jobs and emails), in order, for the handlers' unit specs. */
export class RecordingOutbox extends Outbox {
  readonly messages: OutboxMessage[] = [];

  add(message: OutboxMessage): void {
    this.messages.push(message);
  }

  topics(): string[] {
    return this.messages.map((m) => m.topic);
  }

  /** The emails queued through EmailOutbox. */
  emails(): EmailRequest[] {
    return this.messages.filter((m) => m.topic === SEND_EMAIL_TOPIC).map((m) => m.payload as EmailRequest);
  }
}

/** The real EmailOutbox over a recording outbox: `outbox.emails()` lists what was queued. */
export function recordingEmailOutbox(): { outbox: RecordingOutbox; emails: EmailOutbox } {
  const outbox = new RecordingOutbox();
  return { outbox, emails: new EmailOutbox(outbox) };
}

/** Keeps the integration events a command published, with their payloads. */
export class RecordingIntegrationEvents extends IntegrationEvents {
  readonly published: Array<{ name: string; version: number; payload: object }> = [];

  publish<TPayload extends object>(type: IntegrationEventType<TPayload>, payload: TPayload): void {
    this.published.push({ name: type.name, version: type.version, payload });
  }
}
