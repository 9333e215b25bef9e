import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { CandidateConnections } from '../../candidate-connections';
import {
  aSharedConnection,
  CANDIDATE,
  FakeAchievements,
  FakeParties,
  InMemoryConnections,
} from '../../testing/in-memory-sharing';
import { ChangeConnectionPermissions } from './change-connection-permissions.command';
import { ChangeConnectionPermissionsHandler } from './change-connection-permissions.handler';

describe('ChangeConnectionPermissionsHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = (at = now) => {
    const connections = new InMemoryConnections();
    const connection = aSharedConnection();
    connections.add(connection);
    const uow = new RecordingUnitOfWork(connections);
    const audit = new RecordingAuditLog();
    const handler = new ChangeConnectionPermissionsHandler(
      uow,
      new CandidateConnections(new FakeParties(), connections),
      new FakeAchievements(),
      clockAt(at.toISOString()),
      audit,
    );
    return { connection, uow, audit, handler };
  };

  it('shares the new set of documents, records the change and audits it', async () => {
    const { connection, uow, audit, handler } = setUp();
    const documents = [
      { certificateNumber: 'Q-NEW', documents: ['etranscript'] },
      { certificateNumber: 'A-ACC', documents: ['ecertificate'] },
    ];
    await handler.execute(new ChangeConnectionPermissions(CANDIDATE.accountId, connection.id, documents));
    expect(connection.permissions).toEqual(expect.arrayContaining(documents));
    expect(connection.permissions).toHaveLength(2);
    expect(connection.updatedAt).toEqual(now);
    expect(uow.eventNames()).toEqual(['sharing.connection-permissions-changed']);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'sharing.permissions-changed',
        targetId: connection.id,
        details: { documents: 2 },
      }),
    ]);
  });

  it('refuses an empty set (deleting is the way to stop sharing) and a document that cannot be shared', async () => {
    const { connection, audit, handler } = setUp();
    await expect(
      handler.execute(new ChangeConnectionPermissions(CANDIDATE.accountId, connection.id, [])),
    ).rejects.toMatchObject({ code: 'SHARING.NO_DOCUMENT_CHOSEN' });
    await expect(
      handler.execute(
        new ChangeConnectionPermissions(CANDIDATE.accountId, connection.id, [
          { certificateNumber: 'A-ACC', documents: ['etranscript'] },
        ]),
      ),
    ).rejects.toMatchObject({ code: 'SHARING.DOCUMENT_NOT_SHAREABLE' });
    expect(connection.permissions).toEqual([{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }]);
    expect(audit.entries).toEqual([]);
  });

  it("refuses a connection past its expiry, and someone else's", async () => {
    const documents = [{ certificateNumber: 'Q-NEW', documents: ['etranscript'] }];
    const { connection, handler } = setUp();
    await expect(
      handler.execute(new ChangeConnectionPermissions('cand-2', connection.id, documents)),
    ).rejects.toMatchObject({ kind: 'not_found' });
    // The expiry job has not run yet: the date alone ends the candidate's power to change it.
    const late = setUp(new Date('2026-12-16T00:00:00Z'));
    await expect(
      late.handler.execute(
        new ChangeConnectionPermissions(CANDIDATE.accountId, late.connection.id, documents),
      ),
    ).rejects.toMatchObject({ code: 'SHARING.CONNECTION_NOT_CHANGEABLE' });
  });
});
