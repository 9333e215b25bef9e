import { Query } from '@nestjs/cqrs';
import { AuditEvent, AuditEventFilter } from '../../../../shared/application/audit-log';

/** A page of the audit trail as recorded (newest first), with how many events match in all. */
export class ListAuditEvents extends Query<{ items: AuditEvent[]; total: number }> {
  constructor(readonly filter: AuditEventFilter) {
    super();
  }
}
