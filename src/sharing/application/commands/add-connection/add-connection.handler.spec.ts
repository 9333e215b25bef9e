import { CandidateConnections } from '../../candidate-connections';
import {
  CANDIDATE,
  clockAt,
  EMPLOYER,
  FakeAchievements,
  FakeParties,
  InMemoryConnections,
  PassThroughUnitOfWork,
} from '../../testing/in-memory-sharing';
import { AddConnection } from './add-connection.command';
import { AddConnectionHandler } from './add-connection.handler';

describe('AddConnectionHandler', () => {
  const setUp = () => {
    const connections = new InMemoryConnections();
    const parties = new FakeParties();
    const handler = new AddConnectionHandler(
      new PassThroughUnitOfWork(),
      connections,
      new CandidateConnections(parties, connections),
      parties,
      new FakeAchievements(),
      clockAt(),
    );
    return { connections, parties, handler };
  };
  const details = (email: string) => ({ firstName: 'Ann', surname: 'Hiring', email, company: 'Garage Ltd' });

  it('invites a third party without an account, and activates at once one that has an account', async () => {
    const { connections, handler } = setUp();
    await handler.execute(
      new AddConnection(CANDIDATE.accountId, details('new@elsewhere.example'), null, [
        { certificateNumber: 'Q-NEW', documents: ['ecertificate'] },
      ]),
    );
    await handler.execute(
      new AddConnection(CANDIDATE.accountId, details(EMPLOYER.email), null, [
        { certificateNumber: 'Q-NEW', documents: ['ecertificate'] },
      ]),
    );
    expect(connections.all.map((c) => [c.thirdPartyEmail, c.status, c.thirdPartyAccountId])).toEqual([
      ['new@elsewhere.example', 'invited', null],
      [EMPLOYER.email, 'active', EMPLOYER.accountId],
    ]);
  });

  it('updates the live connection with the same email instead of adding a second', async () => {
    const { connections, handler } = setUp();
    const first = await handler.execute(
      new AddConnection(CANDIDATE.accountId, details(EMPLOYER.email), null, [
        { certificateNumber: 'Q-NEW', documents: ['ecertificate'] },
      ]),
    );
    const second = await handler.execute(
      new AddConnection(CANDIDATE.accountId, details('HR@Garage.example'), null, [
        { certificateNumber: 'A-ACC', documents: ['ecertificate'] },
      ]),
    );
    expect(second).toEqual({ connectionId: first.connectionId, created: false });
    expect(connections.all).toHaveLength(1);
    expect(connections.all[0].permissions).toEqual([
      { certificateNumber: 'A-ACC', documents: ['ecertificate'] },
    ]);
  });

  it('refuses a candidate account not linked to a record, and saves nothing', async () => {
    const { connections, handler } = setUp();
    await expect(
      handler.execute(new AddConnection('pending-account', details(EMPLOYER.email), null, [])),
    ).rejects.toMatchObject({ code: 'SHARING.NO_CANDIDATE_RECORD' });
    expect(connections.all).toHaveLength(0);
  });
});
