import { Injectable } from '@nestjs/common';
import { Outbox } from './outbox';

export const SEND_EMAIL_TOPIC = 'email.send';

/**
 * An email to send: `template` names templates/emails/<template>.html.hbs and .text.hbs, rendered
 * with `data` inside the shared email layout when the job runs.
 */
export interface EmailRequest {
  to: string;
  subject: string;
  template: string;
  data: Record<string, unknown>;
}

/** Queues an email in the current transaction: it is sent only if the command commits. */
@Injectable()
export class EmailOutbox {
  constructor(private readonly outbox: Outbox) {}

  queue(request: EmailRequest): void {
    this.outbox.add({ topic: SEND_EMAIL_TOPIC, payload: request });
  }
}
