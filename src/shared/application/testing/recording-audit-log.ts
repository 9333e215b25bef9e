import { AuditEntry, AuditLog } from '../audit-log';

/** Keeps what was recorded, for unit specs of handlers that write to the audit trail. */
export class RecordingAuditLog extends AuditLog {
  readonly entries: AuditEntry[] = [];

  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }

  async list() {
    return { items: [], total: 0 };
  }
}
