/**
 * Requests for work that leaves the process (email, PDF rendering, payment calls). `add` writes a
 * row in the current transaction; a relay moves committed rows to the job queue, so nothing is sent
 * for a command that rolled back and nothing committed is lost.
 */
export interface OutboxMessage<TPayload extends object = object> {
  /** The job to run, e.g. "email.send". */
  topic: string;
  payload: TPayload;
  /** Run no earlier than this moment. */
  notBefore?: Date;
}

export abstract class Outbox {
  abstract add(message: OutboxMessage): void;
}
