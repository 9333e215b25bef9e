import { clockAt, DirectUnitOfWork } from '../../../../shared/application/testing';
import { aSharedConnection, CANDIDATE, EMPLOYER, InMemoryConnections } from '../../testing/in-memory-sharing';
import { FollowCandidateEmail } from './follow-candidate-email.command';
import { FollowCandidateEmailHandler } from './follow-candidate-email.handler';

describe('FollowCandidateEmailHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = (...existing: ReturnType<typeof aSharedConnection>[]) => {
    const connections = new InMemoryConnections();
    existing.forEach((c) => connections.add(c));
    const handler = new FollowCandidateEmailHandler(
      new DirectUnitOfWork(connections),
      connections,
      clockAt(now.toISOString()),
    );
    return { connections, handler };
  };

  it("gives the candidate's connections the new address, once", async () => {
    const connection = aSharedConnection();
    const { handler } = setUp(connection);
    expect(await handler.execute(new FollowCandidateEmail(CANDIDATE.accountId, 'sam@new.example'))).toEqual({
      updated: 1,
    });
    expect(connection).toMatchObject({ candidateEmail: 'sam@new.example', updatedAt: now });
    expect(await handler.execute(new FollowCandidateEmail(CANDIDATE.accountId, 'sam@new.example'))).toEqual({
      updated: 0,
    });
  });

  it("gives a third party's connections its new address, unless the candidate already has a live one with that address", async () => {
    const followed = aSharedConnection();
    const { handler } = setUp(followed);
    expect(
      await handler.execute(new FollowCandidateEmail(EMPLOYER.accountId, ' HR@Garage-New.example ')),
    ).toEqual({ updated: 1 });
    expect(followed.thirdPartyEmail).toBe('hr@garage-new.example');
    expect(followed.thirdPartyAccountId).toBe(EMPLOYER.accountId);

    const kept = aSharedConnection();
    const sameAddress = aSharedConnection({
      thirdParty: { firstName: 'Bo', surname: 'Other', email: 'bo@other.example', company: 'Other' },
      thirdPartyAccountId: 'tp-2',
    });
    const second = setUp(kept, sameAddress);
    expect(
      await second.handler.execute(new FollowCandidateEmail(EMPLOYER.accountId, 'bo@other.example')),
    ).toEqual({
      updated: 0,
    });
    expect(kept.thirdPartyEmail).toBe(EMPLOYER.email);
  });
});
