import { clockAt, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { Connection } from '../../../domain/connection';
import { CandidateConnections } from '../../candidate-connections';
import {
  CANDIDATE,
  EMPLOYER,
  FakeParties,
  InMemoryConnections,
  remindedAt,
  SHAREABLE,
} from '../../testing/in-memory-sharing';
import { ChangeConnectionExpiry } from './change-connection-expiry.command';
import { ChangeConnectionExpiryHandler } from './change-connection-expiry.handler';

describe('ChangeConnectionExpiryHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const connections = new InMemoryConnections();
    const connection = Connection.share({
      candidate: CANDIDATE,
      thirdParty: { firstName: 'Ann', surname: 'Hiring', email: EMPLOYER.email, company: 'Garage Ltd' },
      thirdPartyAccountId: EMPLOYER.accountId,
      expiresAt: new Date('2026-12-15T00:00:00Z'),
      permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
      shareable: SHAREABLE,
      now: new Date('2026-11-01T09:00:00Z'),
    });
    connection.pullDomainEvents();
    remindedAt(connection, new Date('2026-12-08T09:00:00Z'));
    connections.add(connection);
    const uow = new RecordingUnitOfWork(connections);
    const handler = new ChangeConnectionExpiryHandler(
      uow,
      new CandidateConnections(new FakeParties(), connections),
      clockAt(now.toISOString()),
    );
    return { connection, uow, handler };
  };

  it('extends access to the new date, and the reminder is due again for it', async () => {
    const { connection, uow, handler } = setUp();
    const later = new Date('2027-01-31T23:59:59.999Z');
    await handler.execute(new ChangeConnectionExpiry(CANDIDATE.accountId, connection.id, later));
    expect(connection).toMatchObject({ expiresAt: later, reminderSentAt: null, updatedAt: now });
    expect(uow.events).toEqual([expect.objectContaining({ connectionId: connection.id, expiresAt: later })]);
  });

  it('refuses a moment already past, and someone else’s connection', async () => {
    const { connection, uow, handler } = setUp();
    await expect(
      handler.execute(
        new ChangeConnectionExpiry(CANDIDATE.accountId, connection.id, new Date('2026-11-29T00:00:00Z')),
      ),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^SHARING\./) });
    await expect(
      handler.execute(new ChangeConnectionExpiry('cand-2', connection.id, new Date('2027-01-31T00:00:00Z'))),
    ).rejects.toMatchObject({ kind: 'not_found' });
    expect(connection.expiresAt).toEqual(new Date('2026-12-15T00:00:00Z'));
    expect(uow.events).toHaveLength(0);
  });
});
