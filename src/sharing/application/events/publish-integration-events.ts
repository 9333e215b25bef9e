import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { IntegrationEvents } from '../../../shared/application/integration-events';
import { ConnectionActivated, ConnectionApproved, ConnectionDeleted } from '../../domain/connection.events';
import { ConnectionActivatedV1, ConnectionDeletedV1 } from '../../sharing.integration-events';

type Published = ConnectionActivated | ConnectionApproved | ConnectionDeleted;

/** Turns Sharing's domain events into its published contracts, in the same transaction. */
@Injectable()
@ReactsTo([ConnectionActivated, ConnectionApproved, ConnectionDeleted])
export class PublishSharingIntegrationEvents implements DomainEventReaction<Published> {
  constructor(private readonly events: IntegrationEvents) {}

  async handle(event: Published): Promise<void> {
    const type = event instanceof ConnectionDeleted ? ConnectionDeletedV1 : ConnectionActivatedV1;
    this.events.publish(type, { connectionId: event.connectionId });
  }
}
