import { EntitySchema } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One row of the audit trail (table audit_events). */
export class AuditEventRecord {
  id: string = randomUUID();
  occurredAt: Date = new Date();
  actorId: string | null = null;
  action: string;
  targetType: string | null = null;
  targetId: string | null = null;
  ip: string | null = null;
  details: Record<string, string | number | boolean | null> = {};
}

export const AuditEventRecordSchema = new EntitySchema<AuditEventRecord>({
  class: AuditEventRecord,
  tableName: 'audit_events',
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'Date', columnType: 'timestamptz' },
    actorId: { type: 'uuid', nullable: true },
    action: { type: 'string', length: 100 },
    targetType: { type: 'string', length: 50, nullable: true },
    targetId: { type: 'string', length: 100, nullable: true },
    ip: { type: 'string', length: 45, nullable: true },
    details: { type: 'json' },
  },
});
