/** Messages written to the outbox but not yet handed to the queue (a growing number means the relay is stuck). */
export abstract class OutboxBacklog {
  abstract pending(): Promise<{ pending: number; oldestCreatedAt: Date | null }>;
}
