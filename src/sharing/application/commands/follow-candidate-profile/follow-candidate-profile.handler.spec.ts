import { clockAt, DirectUnitOfWork } from '../../../../shared/application/testing';
import { aSharedConnection, CANDIDATE, InMemoryConnections } from '../../testing/in-memory-sharing';
import { FollowCandidateProfile } from './follow-candidate-profile.command';
import { FollowCandidateProfileHandler } from './follow-candidate-profile.handler';

describe('FollowCandidateProfileHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const at = (time: string) => new Date(`2026-11-30T${time}Z`);

  const setUp = () => {
    // Shared on 1 November (aSharedConnection): the copy of the profile is as of then.
    const connection = aSharedConnection();
    const connections = new InMemoryConnections();
    connections.add(connection);
    const handler = new FollowCandidateProfileHandler(
      new DirectUnitOfWork(connections),
      connections,
      clockAt(now.toISOString()),
    );
    const follow = (name: string, hasPhoto: boolean, changedAt: Date) =>
      handler.execute(new FollowCandidateProfile(CANDIDATE.accountId, { name, hasPhoto, changedAt }));
    return { connection, follow };
  };

  it("gives the candidate's connections the new name and photo, once", async () => {
    const { connection, follow } = setUp();
    expect(await follow('Samantha Eichen', true, at('08:00:00'))).toEqual({ updated: 1 });
    expect(connection).toMatchObject({
      candidateName: 'Samantha Eichen',
      candidateHasPhoto: true,
      updatedAt: now,
    });
    expect(await follow('Samantha Eichen', true, at('08:00:00'))).toEqual({ updated: 0 });
  });

  it('never applies an older change over a newer one (a late or repeated delivery)', async () => {
    const { connection, follow } = setUp();
    await follow('Samantha Eichen', true, at('08:00:01'));
    expect(await follow('Samantha Eichen', false, at('08:00:00'))).toEqual({ updated: 0 });
    expect(connection.candidateHasPhoto).toBe(true);
    expect(await follow('Sam Eichen', true, new Date('2026-10-01T00:00:00Z'))).toEqual({ updated: 0 });
    expect(connection.candidateName).toBe('Samantha Eichen');
  });
});
