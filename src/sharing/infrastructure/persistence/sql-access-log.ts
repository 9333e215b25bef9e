import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessLog, AccessRecord } from '../../domain/access-log';

interface AccessRow {
  id: string;
  connection_id: string;
  third_party_account_id: string;
  third_party_name: string;
  kind: AccessRecord['kind'];
  certificate_number: string | null;
  document: AccessRecord['document'];
  occurred_at: Date | string;
}

/** An append-only table: rows are written once, read newest first, never changed. */
@Injectable()
export class SqlAccessLog extends AccessLog {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async list(
    connectionId: string,
    page: { offset: number; limit: number },
  ): Promise<{ items: AccessRecord[]; total: number }> {
    const em = this.em;
    const [rows, counts] = await Promise.all([
      em.execute<AccessRow[]>(
        `SELECT * FROM sharing_access_log WHERE connection_id = ? ORDER BY occurred_at DESC, id LIMIT ? OFFSET ?`,
        [connectionId, page.limit, page.offset],
      ),
      em.execute<Array<{ total: string }>>(
        `SELECT count(*) AS total FROM sharing_access_log WHERE connection_id = ?`,
        [connectionId],
      ),
    ]);
    return {
      total: Number(counts[0]?.total ?? 0),
      items: rows.map((row) => ({
        id: row.id,
        connectionId: row.connection_id,
        thirdPartyAccountId: row.third_party_account_id,
        thirdPartyName: row.third_party_name,
        kind: row.kind,
        certificateNumber: row.certificate_number,
        document: row.document,
        occurredAt: new Date(row.occurred_at),
      })),
    };
  }
}
