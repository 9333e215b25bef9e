import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditEntry } from '../../../shared/application/audit-log';
import { auditRowsJson, INSERT_AUDIT_ROWS } from '../../../shared/infrastructure/audit/audit-rows';
import { AccessRecorder, RecordedAccess } from '../../application/ports/access-recorder';

const RECORD_ACCESS = `
  WITH logged AS (
    INSERT INTO sharing_access_log
      (id, connection_id, third_party_account_id, third_party_name, kind, certificate_number, document, occurred_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  )
  ${INSERT_AUDIT_ROWS}`;

/** The access-log row and its audit row in one statement: atomic, one round trip, no BEGIN and COMMIT. */
@Injectable()
export class SqlAccessRecorder extends AccessRecorder {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async record(access: RecordedAccess, audit: AuditEntry): Promise<void> {
    await this.em
      .getConnection()
      .execute(RECORD_ACCESS, [
        randomUUID(),
        access.connectionId,
        access.thirdPartyAccountId,
        access.thirdPartyName,
        access.kind,
        access.certificateNumber,
        access.document,
        access.occurredAt,
        auditRowsJson([audit], access.occurredAt),
      ]);
  }
}
