// Third parties' views and downloads written to the access log and the audit trail (ADR 0033), on real
// Postgres. Accesses recorded at the same moment share one statement (a view was otherwise two
// statements, its cards and this write), each caller answered only after its own rows are there; an
// access that cannot be written (its connection deleted meanwhile) fails alone.
import { RecordedAccess } from '../../../src/sharing/application/ports/access-recorder';
import { ConnectionSchema } from '../../../src/sharing/infrastructure/persistence/connection.schema';
import { SqlAccessRecorder } from '../../../src/sharing/infrastructure/persistence/sql-access-recorder';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';
import { statementsDuring } from '../../support/statements';
import { connectionTakenUp } from '../../support/third-party-connections';

describe('SqlAccessRecorder', () => {
  let db: TestOrm;

  beforeAll(async () => {
    db = await ormOnTestDatabase([ConnectionSchema]);
  });
  afterAll(() => db.close());

  const sharedConnection = async () => {
    const { connection, thirdPartyAccountId } = await connectionTakenUp(db, new Date('2026-11-30T09:00:00Z'));
    return { connectionId: connection.id, thirdPartyAccountId };
  };

  const viewed = (
    connectionId: string,
    thirdPartyAccountId: string,
    minute: number,
  ): [RecordedAccess, { actorId: string; action: string; targetId: string }] => [
    {
      connectionId,
      thirdPartyAccountId,
      thirdPartyName: 'Rita Reader',
      kind: 'viewed-documents',
      certificateNumber: null,
      document: null,
      occurredAt: new Date(Date.UTC(2026, 10, 30, 10, minute)),
    },
    {
      actorId: thirdPartyAccountId,
      action: 'sharing.documents-viewed-by-third-party',
      targetId: connectionId,
    },
  ];

  const count = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await db.fresh().getConnection().execute<Array<{ count: string }>>(sql, params))[0].count);
  const loggedAt = (connectionId: string, at: Date) =>
    count('SELECT count(*) FROM sharing_access_log WHERE connection_id = ? AND occurred_at = ?', [
      connectionId,
      at,
    ]);
  const auditedAt = (connectionId: string, at: Date) =>
    count('SELECT count(*) FROM audit_events WHERE target_id = ? AND occurred_at = ?', [connectionId, at]);
  const writes = (text: string) => (text.includes('INSERT INTO sharing_access_log') ? text : undefined);

  it('writes the accesses recorded at once with one statement, each caller answered after its own rows', async () => {
    const { connectionId, thirdPartyAccountId } = await sharedConnection();
    const recorder = new SqlAccessRecorder(db.fresh());
    const rowsWhenAnswered: number[] = [];
    const { statements } = await statementsDuring(
      () =>
        Promise.all(
          Array.from({ length: 20 }, async (_, minute) => {
            const [access, audit] = viewed(connectionId, thirdPartyAccountId, minute);
            await recorder.record(access, audit);
            rowsWhenAnswered.push(
              (await loggedAt(connectionId, access.occurredAt)) +
                (await auditedAt(connectionId, access.occurredAt)),
            );
          }),
        ),
      writes,
    );
    expect(statements).toHaveLength(1);
    expect(rowsWhenAnswered).toEqual(Array.from({ length: 20 }, () => 2));
  });

  it('fails only the access whose connection is gone, and writes the others of its group', async () => {
    const kept = await sharedConnection();
    const deleted = await sharedConnection();
    await db
      .fresh()
      .getConnection()
      .execute('DELETE FROM sharing_connections WHERE id = ?', [deleted.connectionId]);
    const recorder = new SqlAccessRecorder(db.fresh());
    const [keptAccess, keptAudit] = viewed(kept.connectionId, kept.thirdPartyAccountId, 1);
    const [goneAccess, goneAudit] = viewed(deleted.connectionId, deleted.thirdPartyAccountId, 2);

    const [keptOutcome, goneOutcome] = await Promise.allSettled([
      recorder.record(keptAccess, keptAudit),
      recorder.record(goneAccess, goneAudit),
    ]);

    expect(keptOutcome.status).toBe('fulfilled');
    expect(goneOutcome).toMatchObject({ status: 'rejected', reason: expect.any(Error) });
    expect(await loggedAt(kept.connectionId, keptAccess.occurredAt)).toBe(1);
    expect(await auditedAt(kept.connectionId, keptAccess.occurredAt)).toBe(1);
    expect(await auditedAt(deleted.connectionId, goneAccess.occurredAt)).toBe(0);
  });
});
