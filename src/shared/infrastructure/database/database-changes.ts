import type { Client, Notification } from 'pg';

/** The channel every connection of the pool listens on; a payload is `<topic>:<subject>`. */
export const CHANGES_CHANNEL = 'veri_changes';

export interface ChangeSubscriber {
  /** A change to `subject` was committed (heard on every listening connection, so perhaps more than once). */
  changed(subject: string): void;
  /** Changes may have gone unheard (no connection was listening): forget whatever was kept. */
  lost(): void;
}

/**
 * Changes the database announces (triggers NOTIFY `veri_changes`), as this process hears them: each
 * connection of the ORM's pool LISTENs before it is first lent (ADR 0026). A connection hears a change
 * its own transaction commits before that COMMIT returns (PostgreSQL sends a session's own notifications
 * ahead of the commit's answer), so the process that makes a change has heard it before it answers; other
 * processes hear it as soon as one of their connections is idle. While no connection is open, nothing is
 * heard, so subscribers are told to forget and nothing may be kept until one is open again.
 */
export class DatabaseChanges {
  private listening = 0;
  private readonly subscribers = new Map<string, ChangeSubscriber[]>();

  /** Whether every change committed from now on will be heard. */
  get hearing(): boolean {
    return this.listening > 0;
  }

  subscribe(topic: string, subscriber: ChangeSubscriber): void {
    this.subscribers.set(topic, [...(this.subscribers.get(topic) ?? []), subscriber]);
  }

  /** The pool's `afterCreate`: the new connection listens before it is lent, and is counted until it ends. */
  readonly listenOn = (connection: Client, done: (error: Error | null, connection: Client) => void): void => {
    connection.query(`LISTEN ${CHANGES_CHANNEL}`, (error: Error | null) => {
      if (error) return done(error, connection);
      this.listening++;
      connection.on('notification', this.hear);
      connection.once('end', () => {
        this.listening--;
        if (this.listening === 0) this.lose();
      });
      done(null, connection);
    });
  };

  private readonly hear = (notification: Notification): void => {
    if (notification.channel !== CHANGES_CHANNEL || !notification.payload) return;
    const colon = notification.payload.indexOf(':');
    const topic = notification.payload.slice(0, colon);
    const subject = notification.payload.slice(colon + 1);
    this.subscribers.get(topic)?.forEach((subscriber) => subscriber.changed(subject));
  };

  private lose(): void {
    this.subscribers.forEach((subscribers) => subscribers.forEach((subscriber) => subscriber.lost()));
  }
}
