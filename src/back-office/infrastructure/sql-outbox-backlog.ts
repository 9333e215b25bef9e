import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { OutboxBacklog } from '../application/ports/outbox-backlog';

/** Reads the platform's outbox table through its partial index of open rows: those not yet relayed. */
@Injectable()
export class SqlOutboxBacklog extends OutboxBacklog {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async pending(): Promise<{ pending: number; oldestCreatedAt: Date | null }> {
    const [row] = await this.em.getConnection().execute<Array<{ pending: string; oldest: Date | null }>>(
      `SELECT count(*) AS pending, min(created_at) AS oldest FROM outbox
          WHERE relayed_at IS NULL AND completed_at IS NULL AND failed_at IS NULL`,
    );
    return { pending: Number(row?.pending ?? 0), oldestCreatedAt: row?.oldest ? new Date(row.oldest) : null };
  }
}
