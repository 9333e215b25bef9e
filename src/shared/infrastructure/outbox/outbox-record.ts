import { EntitySchema } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A committed request for work outside the process, waiting for the relay to queue it. */
export class OutboxRecord {
  id: string = randomUUID();
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date = new Date();
  notBefore: Date = new Date();
  /** Set each time the relay hands the record to the job queue (the job id is the record id). */
  relayedAt?: Date;
  /** Set when the job finished: only then is the record done (ADR 0010). */
  completedAt?: Date;
  /** Set when the job's last attempt failed (dead-lettered); staff may still retry it. */
  failedAt?: Date;

  constructor(topic: string, payload: Record<string, unknown>, notBefore?: Date) {
    this.topic = topic;
    this.payload = payload;
    if (notBefore) this.notBefore = notBefore;
  }
}

export const OutboxRecordSchema = new EntitySchema<OutboxRecord>({
  class: OutboxRecord,
  tableName: 'outbox',
  properties: {
    id: { type: 'uuid', primary: true },
    topic: { type: 'string', length: 100 },
    payload: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    notBefore: { type: 'Date', columnType: 'timestamptz' },
    relayedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    completedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    failedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
