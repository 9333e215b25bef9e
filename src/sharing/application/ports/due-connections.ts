/** One email per row the job touches, addressed to one side of the connection. */
export interface DueEmail {
  /** Who receives it: the candidate or the third party. */
  to: 'candidate' | 'third_party';
  template: string;
  /** A postgres format() string; `%s` is replaced by the other party's name (company for the candidate). */
  subject: string;
}

export interface DueConnectionsPlan {
  now: Date;
  /** Reminders go out once for connections expiring within this many days. */
  reminderDays: number;
  expiredEmails: DueEmail[];
  reminderEmails: DueEmail[];
  /** At most this many connections per transaction (the adapter's default when absent). */
  batchSize?: number;
}

export interface DueConnectionsOutcome {
  /** False when another instance holds this tick: nothing was done here. */
  ran: boolean;
  expired: number;
  reminded: number;
  emails: number;
}

/**
 * The set-based side of the expiry job: in capped batches, each one short transaction under an advisory
 * lock (the adapter may run a few lanes of batches at once, each lane's lock held by one instance), mark
 * every due connection expired and every connection near its expiry reminded, and write their emails to
 * the outbox, whatever their number. Re-running finds nothing left to do.
 */
export abstract class DueConnections {
  abstract process(plan: DueConnectionsPlan): Promise<DueConnectionsOutcome>;
}
