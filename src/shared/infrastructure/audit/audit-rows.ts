import { randomUUID } from 'node:crypto';
import { AuditEntry } from '../../application/audit-log';

const AUDIT_COLUMNS = 'id, occurred_at, actor_id, action, target_type, target_id, ip, details';

/**
 * The audit rows of a statement that writes its own change and its audit at once (one round trip, atomic
 * without BEGIN and COMMIT): `WITH change AS (...) ${INSERT_AUDIT_ROWS}`, with auditRowsJson(...) as the
 * statement's last parameter. MikroOrmAuditLog does the same through the unit of work.
 */
export const INSERT_AUDIT_ROWS = `INSERT INTO audit_events (${AUDIT_COLUMNS})
  SELECT ${AUDIT_COLUMNS} FROM json_populate_recordset(NULL::audit_events, ?::json)`;

export function auditRowsJson(entries: AuditEntry[], occurredAt: Date): string {
  return JSON.stringify(entries.map((entry) => auditRow(entry, occurredAt)));
}

/** One audit_events row, for statements that gather the rows of several changes (with their own times). */
export function auditRow(entry: AuditEntry, occurredAt: Date): Record<string, unknown> {
  return {
    id: randomUUID(),
    occurred_at: occurredAt,
    actor_id: entry.actorId ?? null,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    ip: entry.ip ? entry.ip.slice(0, 45) : null,
    details: entry.details ?? {},
  };
}
