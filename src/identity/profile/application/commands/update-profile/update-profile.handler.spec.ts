import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AccountNotFoundError, InvalidDetailsError } from '../../../../domain/identity.errors';
import { anActiveCandidate, InMemoryAccounts } from '../../../../application/testing/in-memory-identity';
import { UpdateProfile } from './update-profile.command';
import { UpdateProfileHandler } from './update-profile.handler';

describe('UpdateProfileHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    const handler = new UpdateProfileHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      clockAt(now.toISOString()),
    );
    return { candidate, handler };
  };

  it('changes only the details given; an empty one is cleared', async () => {
    const { candidate, handler } = setUp();

    await handler.execute(
      new UpdateProfile(candidate.id, {
        telephone: '0113 496 0000',
        social: { linkedin: 'https://www.linkedin.com/in/sam' },
      }),
    );
    await handler.execute(new UpdateProfile(candidate.id, { telephone: null, firstName: 'Samuel' }));

    expect(candidate).toMatchObject({
      firstName: 'Samuel',
      surname: 'Eichen',
      telephone: null,
      social: { linkedin: 'https://www.linkedin.com/in/sam' },
      updatedAt: now,
    });
  });

  it('names every bad detail and changes nothing; an unknown account is not found', async () => {
    const { candidate, handler } = setUp();
    const refused = handler.execute(
      new UpdateProfile(candidate.id, { firstName: '', dateOfBirth: '2990-01-01' }),
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidDetailsError);
    await expect(
      refused.catch((error: InvalidDetailsError) => error.details.map((d) => d.field)),
    ).resolves.toEqual(['firstName', 'dateOfBirth']);
    expect(candidate.firstName).toBe('Sam');
    await expect(handler.execute(new UpdateProfile('nobody', { firstName: 'Kim' }))).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
  });
});
