// The only file other contexts may import from Sharing: its commands, queries and integration events.

// The expiry job's command (the scheduler runs it; operators and tests may too).
export { ExpireDueConnections } from './application/commands/expire-due-connections/expire-due-connections.command';
export type { DueConnectionsOutcome } from './application/ports/due-connections';

// Integration events: versioned contracts delivered through the outbox (subscribe with @SubscribesTo).
export * from './sharing.integration-events';

// The back office's candidate page: the candidate's connections, read-only (each look is audited).
export { ListConnectionsForStaff } from './application/queries/list-connections-for-staff/list-connections-for-staff.query';
export type { ConnectionView } from './application/views/connection-views';
