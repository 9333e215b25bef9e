import { clockAt, recordingEmailOutbox, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { CandidateConnections } from '../../candidate-connections';
import { EmailOutcomeToThirdParty } from '../../events/email-connection-parties';
import {
  aRequestedConnection,
  aSharedConnection,
  CANDIDATE,
  EMPLOYER,
  FakeParties,
  InMemoryConnections,
} from '../../testing/in-memory-sharing';
import { DeclineConnection } from './decline-connection.command';
import { DeclineConnectionHandler } from './decline-connection.handler';

describe('DeclineConnectionHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const connections = new InMemoryConnections();
    const requested = aRequestedConnection();
    connections.add(requested);
    const { outbox, emails } = recordingEmailOutbox();
    const uow = new RecordingUnitOfWork(connections).reacting(
      new EmailOutcomeToThirdParty(connections, emails),
    );
    const handler = new DeclineConnectionHandler(
      uow,
      new CandidateConnections(new FakeParties(), connections),
      clockAt(now.toISOString()),
    );
    return { connections, requested, outbox, handler };
  };

  it('ends the request and tells the third party, who sees nothing', async () => {
    const { requested, outbox, handler } = setUp();
    await handler.execute(new DeclineConnection(CANDIDATE.accountId, requested.id));
    expect(requested).toMatchObject({ status: 'declined', endedAt: now, permissions: [] });
    expect(requested.isInForce(now)).toBe(false);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: EMPLOYER.email, template: expect.stringContaining('declined') }),
    ]);
  });

  it("refuses a connection already in force, a second answer, and someone else's request", async () => {
    const { connections, requested, outbox, handler } = setUp();
    const active = aSharedConnection();
    connections.add(active);
    await expect(
      handler.execute(new DeclineConnection(CANDIDATE.accountId, active.id)),
    ).rejects.toMatchObject({ code: 'SHARING.NOT_AWAITING_APPROVAL' });
    await expect(handler.execute(new DeclineConnection('cand-2', requested.id))).rejects.toMatchObject({
      kind: 'not_found',
    });
    await handler.execute(new DeclineConnection(CANDIDATE.accountId, requested.id));
    await expect(
      handler.execute(new DeclineConnection(CANDIDATE.accountId, requested.id)),
    ).rejects.toMatchObject({ code: 'SHARING.NOT_AWAITING_APPROVAL' });
    expect(outbox.emails()).toHaveLength(1);
  });
});
