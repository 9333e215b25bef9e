import { publishes, publishingReaction } from '../../../shared/application/publishing-reaction';
import { ConnectionActivated, ConnectionApproved, ConnectionDeleted } from '../../domain/connection.events';
import { ConnectionActivatedV1, ConnectionDeletedV1 } from '../../sharing.integration-events';

/** Sharing's published contracts, from its domain events: an approved request is an activated connection too. */
export const PublishSharingIntegrationEvents = publishingReaction([
  publishes(ConnectionActivated, ConnectionActivatedV1, ({ connectionId }) => ({ connectionId })),
  publishes(ConnectionApproved, ConnectionActivatedV1, ({ connectionId }) => ({ connectionId })),
  publishes(ConnectionDeleted, ConnectionDeletedV1, ({ connectionId }) => ({ connectionId })),
]);
