import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IntegrationEvents } from '../../application/integration-events';
import { DeliverIntegrationEvent } from './deliver-integration-event.job-handler';
import { IntegrationEventSubscribers } from './integration-event-subscribers';
import { OutboxIntegrationEvents } from './outbox-integration-events';

/** Integration events between contexts: published through the outbox, delivered by the job queue. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    IntegrationEventSubscribers,
    DeliverIntegrationEvent,
    { provide: IntegrationEvents, useClass: OutboxIntegrationEvents },
  ],
  exports: [IntegrationEvents],
})
export class IntegrationEventsModule {}
