import { Query } from '@nestjs/cqrs';
import { AuditEventFilter } from '../../../../shared/application/audit-log';
import { AuditEntryView } from '../../services/audit-entries';

/** A page of the audit trail as staff read it on the page: actors by name, details as text. */
export class ListAuditTrail extends Query<{ items: AuditEntryView[]; total: number }> {
  constructor(readonly filter: AuditEventFilter) {
    super();
  }
}
