import { FixedClock } from '../../../../shared/domain';
import { Connection } from '../../../domain/connection';
import {
  CANDIDATE,
  EMPLOYER,
  FakeAchievements,
  InMemoryAccessLog,
  InMemoryAccessRecorder,
  InMemoryConnections,
  SHAREABLE,
} from '../../testing/in-memory-sharing';
import { ThirdPartyAccess } from '../../third-party-access';
import { GetSharedDocument } from './get-shared-document.query';
import { GetSharedDocumentHandler } from './get-shared-document.handler';
import { RecordingAuditLog } from '../../../../shared/application/testing/recording-audit-log';

describe('GetSharedDocumentHandler', () => {
  const now = new Date('2026-11-29T09:00:00Z');
  const reader = { accountId: EMPLOYER.accountId, email: EMPLOYER.email, displayName: 'Ann Hiring' };

  function setUp() {
    const connections = new InMemoryConnections();
    const log = new InMemoryAccessLog();
    const achievements = new FakeAchievements();
    const clock = new FixedClock(now);
    const audit = new RecordingAuditLog();
    const connection = Connection.share({
      candidate: CANDIDATE,
      thirdParty: { firstName: 'Ann', surname: 'Hiring', email: EMPLOYER.email, company: 'Garage Ltd' },
      thirdPartyAccountId: EMPLOYER.accountId,
      expiresAt: null,
      permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
      shareable: SHAREABLE,
      now,
    });
    connections.add(connection);
    const handler = new GetSharedDocumentHandler(
      new ThirdPartyAccess(connections, new InMemoryAccessRecorder(log, audit), clock),
      achievements,
    );
    return { connection, log, achievements, clock, handler, audit };
  }

  it('gives a permitted document and logs the download, also in the audit trail', async () => {
    const { connection, log, handler, audit } = setUp();
    const file = await handler.execute(new GetSharedDocument(reader, connection.id, 'q-new', 'ecertificate'));
    expect(file.content.toString()).toBe('%PDF-1.7');
    expect(log.entries).toEqual([
      expect.objectContaining({
        kind: 'downloaded',
        certificateNumber: 'Q-NEW',
        document: 'ecertificate',
        thirdPartyName: 'Ann Hiring',
      }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actorId: EMPLOYER.accountId,
        action: 'sharing.document-downloaded-by-third-party',
        targetId: connection.id,
      }),
    ]);
  });

  it('gives nothing (not found) for a document not permitted, a revoked achievement, another reader, or after expiry', async () => {
    const { connection, log, achievements, clock, handler } = setUp();
    const get = (who = reader, document: 'ecertificate' | 'etranscript' = 'ecertificate') =>
      handler.execute(new GetSharedDocument(who, connection.id, 'Q-NEW', document));
    await expect(get(reader, 'etranscript')).rejects.toMatchObject({ kind: 'not_found' });
    // Another account gets nothing, even one that now holds the connection's email address.
    await expect(get({ ...reader, accountId: 'another-third-party' })).rejects.toMatchObject({
      kind: 'not_found',
    });
    achievements.revoked.add('Q-NEW');
    await expect(get()).rejects.toMatchObject({ kind: 'not_found' });
    achievements.revoked.clear();
    clock.set(connection.expiresAt!);
    await expect(get()).rejects.toMatchObject({ kind: 'not_found' });
    expect(log.entries).toEqual([]);
  });
});
