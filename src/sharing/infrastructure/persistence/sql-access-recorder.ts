import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditEntry } from '../../../shared/application/audit-log';
import { auditRow, INSERT_AUDIT_ROWS } from '../../../shared/infrastructure/audit/audit-rows';
import { groupedWrites } from '../../../shared/infrastructure/database/grouped-writes';
import { AccessRecorder, RecordedAccess } from '../../application/ports/access-recorder';

const ACCESS_COLUMNS =
  'id, connection_id, third_party_account_id, third_party_name, kind, certificate_number, document, occurred_at';

/** The access-log rows and their audit rows in one statement: atomic, one round trip, no BEGIN and COMMIT. */
const RECORD_ACCESSES = `
  WITH logged AS (
    INSERT INTO sharing_access_log (${ACCESS_COLUMNS})
    SELECT ${ACCESS_COLUMNS} FROM json_populate_recordset(NULL::sharing_access_log, ?::json)
  )
  ${INSERT_AUDIT_ROWS}`;

type Access = { access: RecordedAccess; audit: AuditEntry };

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Views and downloads that arrive while the previous statement is in flight are written together
 * (ADR 0033): a view of a third party was otherwise two statements, its cards and this write. Each view
 * is still answered only after its own row is written.
 */
@Injectable()
export class SqlAccessRecorder extends AccessRecorder {
  private readonly write = groupedWrites((accesses: Access[]) => this.writeEach(accesses), {
    gatherMs: 0,
    maxGroup: 200,
  });

  constructor(private readonly em: EntityManager) {
    super();
  }

  record(access: RecordedAccess, audit: AuditEntry): Promise<void> {
    return this.write({ access, audit });
  }

  /**
   * One statement for the group. If it fails (a connection deleted meanwhile takes its log with it, by
   * its foreign key), each access is written alone, so only the one that cannot be written fails.
   */
  private async writeEach(accesses: Access[]): Promise<Array<Error | undefined>> {
    try {
      await this.insert(accesses);
      return accesses.map(() => undefined);
    } catch (error) {
      if (accesses.length === 1) return [asError(error)];
      return Promise.all(accesses.map((access) => this.insert([access]).then(() => undefined, asError)));
    }
  }

  private async insert(accesses: Access[]): Promise<void> {
    await this.em.getConnection().execute(RECORD_ACCESSES, [
      JSON.stringify(
        accesses.map(({ access }) => ({
          id: randomUUID(),
          connection_id: access.connectionId,
          third_party_account_id: access.thirdPartyAccountId,
          third_party_name: access.thirdPartyName,
          kind: access.kind,
          certificate_number: access.certificateNumber,
          document: access.document,
          occurred_at: access.occurredAt,
        })),
      ),
      JSON.stringify(accesses.map(({ access, audit }) => auditRow(audit, access.occurredAt))),
    ]);
  }
}
