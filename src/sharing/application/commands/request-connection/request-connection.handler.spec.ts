import {
  CANDIDATE,
  clockAt,
  EMPLOYER,
  FakeParties,
  InMemoryConnections,
  InMemoryUnmatchedRequests,
  PassThroughUnitOfWork,
} from '../../testing/in-memory-sharing';
import { RequestConnection } from './request-connection.command';
import { RequestConnectionHandler } from './request-connection.handler';

describe('RequestConnectionHandler', () => {
  const setUp = () => {
    const connections = new InMemoryConnections();
    const unmatched = new InMemoryUnmatchedRequests();
    return {
      connections,
      unmatched,
      handler: new RequestConnectionHandler(
        new PassThroughUnitOfWork(),
        connections,
        new FakeParties(),
        clockAt(),
        unmatched,
      ),
    };
  };

  it('records a request for a matching candidate, once while it is live', async () => {
    const { connections, handler } = setUp();
    await handler.execute(
      new RequestConnection(
        EMPLOYER.accountId,
        CANDIDATE.candidateNumber,
        'Eichen',
        '1990-04-27',
        'Pre-employment check',
      ),
    );
    await handler.execute(
      new RequestConnection(EMPLOYER.accountId, CANDIDATE.candidateNumber, 'Eichen', '1990-04-27', null),
    );
    expect(connections.all).toHaveLength(1);
    expect(connections.all[0]).toMatchObject({
      status: 'requested',
      thirdPartyEmail: EMPLOYER.email,
      thirdPartyCompany: 'Garage Ltd',
      requestMessage: 'Pre-employment check',
    });
  });

  it('says nothing different when no candidate matches, and keeps the request for the asker only', async () => {
    const { connections, unmatched, handler } = setUp();
    await expect(
      handler.execute(
        new RequestConnection(EMPLOYER.accountId, CANDIDATE.candidateNumber, 'Someone', '1990-04-27', null),
      ),
    ).resolves.toBeUndefined();
    expect(connections.all).toHaveLength(0);
    expect(unmatched.all).toEqual([
      expect.objectContaining({
        thirdPartyAccountId: EMPLOYER.accountId,
        candidateNumber: CANDIDATE.candidateNumber,
        surname: 'Someone',
      }),
    ]);
  });
});
