import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditEvent, AuditLog } from '../../application/audit-log';
import { AuditEventRecord } from './audit-event-record';

/** Writes audit rows through the current transaction's entity manager, so they commit with the command. */
@Injectable()
export class MikroOrmAuditLog extends AuditLog {
  constructor(private readonly em: EntityManager) {
    super();
  }

  record(entry: AuditEntry): void {
    const row = new AuditEventRecord();
    row.actorId = entry.actorId ?? null;
    row.action = entry.action;
    row.targetType = entry.targetType ?? null;
    row.targetId = entry.targetId ?? null;
    row.ip = entry.ip ? entry.ip.slice(0, 45) : null;
    row.details = entry.details ?? {};
    this.em.persist(row);
  }

  async list(query: {
    page: number;
    pageSize: number;
    action?: string;
    actorId?: string;
    targetId?: string;
  }): Promise<{
    items: AuditEvent[];
    total: number;
  }> {
    const where: Record<string, string> = {};
    if (query.action) where.action = query.action;
    if (query.actorId) where.actorId = query.actorId;
    if (query.targetId) where.targetId = query.targetId;
    const [rows, total] = await this.em.fork().findAndCount(AuditEventRecord, where, {
      orderBy: { occurredAt: 'desc', id: 'desc' },
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items: rows.map((row) => ({ ...row })), total };
  }
}
