/**
 * One command, one transaction. `run` executes the work inside a database transaction; before it
 * commits, the domain events recorded by the aggregates the work touched are handed to the
 * in-transaction reactions (which write outbox messages), so state and side-effect requests are
 * committed together or not at all.
 */
export abstract class UnitOfWork {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}
