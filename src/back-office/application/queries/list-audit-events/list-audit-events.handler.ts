import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditEvent, AuditLog } from '../../../../shared/application/audit-log';
import { ListAuditEvents } from './list-audit-events.query';

@QueryHandler(ListAuditEvents)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEvents> {
  constructor(private readonly audit: AuditLog) {}

  execute({ filter }: ListAuditEvents): Promise<{ items: AuditEvent[]; total: number }> {
    return this.audit.list(filter);
  }
}
