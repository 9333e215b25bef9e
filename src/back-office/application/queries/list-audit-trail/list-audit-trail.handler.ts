import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { AuditEntries, AuditEntryView } from '../../services/audit-entries';
import { ListAuditTrail } from './list-audit-trail.query';

@QueryHandler(ListAuditTrail)
export class ListAuditTrailHandler implements IQueryHandler<ListAuditTrail> {
  constructor(
    private readonly audit: AuditLog,
    private readonly entries: AuditEntries,
  ) {}

  async execute({ filter }: ListAuditTrail): Promise<{ items: AuditEntryView[]; total: number }> {
    const { items, total } = await this.audit.list(filter);
    return { items: await this.entries.readable(items), total };
  }
}
