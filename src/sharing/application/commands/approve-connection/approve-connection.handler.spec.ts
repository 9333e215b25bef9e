import { clockAt, recordingEmailOutbox, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { CandidateConnections } from '../../candidate-connections';
import { EmailOutcomeToThirdParty } from '../../events/email-connection-parties';
import {
  aRequestedConnection,
  aSharedConnection,
  CANDIDATE,
  EMPLOYER,
  FakeAchievements,
  FakeParties,
  InMemoryConnections,
} from '../../testing/in-memory-sharing';
import { ApproveConnection } from './approve-connection.command';
import { ApproveConnectionHandler } from './approve-connection.handler';

describe('ApproveConnectionHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const connections = new InMemoryConnections();
    const requested = aRequestedConnection();
    connections.add(requested);
    const { outbox, emails } = recordingEmailOutbox();
    const uow = new RecordingUnitOfWork(connections).reacting(
      new EmailOutcomeToThirdParty(connections, emails),
    );
    const handler = new ApproveConnectionHandler(
      uow,
      new CandidateConnections(new FakeParties(), connections),
      new FakeAchievements(),
      clockAt(now.toISOString()),
    );
    return { connections, requested, outbox, uow, handler };
  };
  const documents = [{ certificateNumber: 'Q-NEW', documents: ['ecertificate', 'etranscript'] }];

  it('puts the request in force with the chosen documents and a month by default, and tells the third party', async () => {
    const { requested, outbox, uow, handler } = setUp();
    await handler.execute(new ApproveConnection(CANDIDATE.accountId, requested.id, documents, null));
    expect(requested).toMatchObject({
      status: 'active',
      approvedAt: now,
      expiresAt: new Date('2026-12-30T09:00:00Z'),
      permissions: documents,
    });
    expect(uow.eventNames()).toEqual(['sharing.connection-approved']);
    expect(outbox.emails()).toEqual([expect.objectContaining({ to: EMPLOYER.email })]);
  });

  it('refuses a document the candidate cannot share, and changes nothing', async () => {
    const { requested, outbox, handler } = setUp();
    await expect(
      handler.execute(
        new ApproveConnection(
          CANDIDATE.accountId,
          requested.id,
          [{ certificateNumber: 'A-ACC', documents: ['etranscript'] }],
          null,
        ),
      ),
    ).rejects.toMatchObject({ code: 'SHARING.DOCUMENT_NOT_SHAREABLE' });
    expect(requested.status).toBe('requested');
    expect(outbox.emails()).toEqual([]);
  });

  it("refuses what is not waiting for an answer, and someone else's request", async () => {
    const { connections, requested, handler } = setUp();
    const active = aSharedConnection();
    connections.add(active);
    await expect(
      handler.execute(new ApproveConnection(CANDIDATE.accountId, active.id, documents, null)),
    ).rejects.toMatchObject({ code: 'SHARING.NOT_AWAITING_APPROVAL' });
    await expect(
      handler.execute(new ApproveConnection('cand-2', requested.id, documents, null)),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });
});
