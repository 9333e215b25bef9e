import { integrationEvent } from '../shared/application/integration-events';

// What Sharing tells the other contexts, as versioned contracts (delivered after the commit, through
// the outbox; subscribe with @SubscribesTo and handle idempotently).

/** A third party can now see what the candidate shares. */
export const ConnectionActivatedV1 = integrationEvent<{ connectionId: string }>(
  'sharing.connection-activated',
  1,
);

/** The candidate ended the connection: the third party's access stopped at once. */
export const ConnectionDeletedV1 = integrationEvent<{ connectionId: string }>(
  'sharing.connection-deleted',
  1,
);
