import { EntitySchema } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A committed request for work outside the process, waiting for the relay to queue it. */
export class OutboxRecord {
  id: string = randomUUID();
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date = new Date();
  notBefore: Date = new Date();
  /** Set when the relay handed the record to the job queue (the job id is the record id). */
  relayedAt?: Date;

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
  },
});
