import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../application/job-handler';
import { PermanentJobFailure } from '../../application/job-queue';
import {
  INTEGRATION_EVENT_TOPIC,
  IntegrationEventEnvelope,
  IntegrationEventSubscribers,
} from './integration-event-subscribers';

/** Runs one subscriber's delivery of an integration event (the job worker opens the request context). */
@Injectable()
@HandlesJob(INTEGRATION_EVENT_TOPIC)
export class DeliverIntegrationEvent implements JobHandler<IntegrationEventEnvelope> {
  constructor(private readonly subscribers: IntegrationEventSubscribers) {}

  async handle(envelope: IntegrationEventEnvelope): Promise<void> {
    const handler = this.subscribers.handler(envelope.subscriber);
    // A subscriber removed or renamed since the row was written: staff see it among the dead letters.
    if (!handler)
      throw new PermanentJobFailure(`No subscriber "${envelope.subscriber}" for ${envelope.event}`);
    await handler.handle(envelope.payload, {
      eventId: envelope.eventId,
      occurredAt: new Date(envelope.occurredAt),
    });
  }
}
