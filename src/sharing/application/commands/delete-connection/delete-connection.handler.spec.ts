import { clockAt, recordingEmailOutbox, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { Connection } from '../../../domain/connection';
import { CandidateConnections } from '../../candidate-connections';
import { EmailOutcomeToThirdParty } from '../../events/email-connection-parties';
import {
  CANDIDATE,
  EMPLOYER,
  FakeParties,
  InMemoryConnections,
  SHAREABLE,
} from '../../testing/in-memory-sharing';
import { DeleteConnection } from './delete-connection.command';
import { DeleteConnectionHandler } from './delete-connection.handler';

describe('DeleteConnectionHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const connections = new InMemoryConnections();
    const connection = Connection.share({
      candidate: CANDIDATE,
      thirdParty: { firstName: 'Ann', surname: 'Hiring', email: EMPLOYER.email, company: 'Garage Ltd' },
      thirdPartyAccountId: EMPLOYER.accountId,
      expiresAt: null,
      permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
      shareable: SHAREABLE,
      now: new Date('2026-11-20T09:00:00Z'),
    });
    connection.pullDomainEvents();
    connections.add(connection);
    const { outbox, emails } = recordingEmailOutbox();
    const uow = new RecordingUnitOfWork(connections).reacting(
      new EmailOutcomeToThirdParty(connections, emails),
    );
    const handler = new DeleteConnectionHandler(
      uow,
      new CandidateConnections(new FakeParties(), connections),
      clockAt(now.toISOString()),
    );
    return { connection, outbox, handler };
  };

  it('ends access at once and tells the third party', async () => {
    const { connection, outbox, handler } = setUp();
    await handler.execute(new DeleteConnection(CANDIDATE.accountId, connection.id));
    expect(connection).toMatchObject({ status: 'deleted', endedAt: now });
    expect(connection.isInForce(now)).toBe(false);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: EMPLOYER.email, template: 'sharing-deleted' }),
    ]);
  });

  it('refuses a connection already ended, and someone else’s, sending nothing more', async () => {
    const { connection, outbox, handler } = setUp();
    await handler.execute(new DeleteConnection(CANDIDATE.accountId, connection.id));
    await expect(
      handler.execute(new DeleteConnection(CANDIDATE.accountId, connection.id)),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/^SHARING\./),
    });
    await expect(handler.execute(new DeleteConnection('cand-2', connection.id))).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(outbox.emails()).toHaveLength(1);
  });
});
